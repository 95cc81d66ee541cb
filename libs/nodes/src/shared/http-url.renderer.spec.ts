import fc from 'fast-check';
import { renderHttpUrl } from './http-url.renderer';
import { placeholderParts } from './placeholder-parts.fixture';

const orderUrl = 'https://api.example.com/orders/{{ id }}?lang={{ lang }}';

function url(template: string, values: Record<string, string | number | null>): string {
  const result = renderHttpUrl(placeholderParts(template, values));
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe('renderHttpUrl', () => {
  it('percent-encodes values so they cannot change the path or the query', () => {
    const text = url(orderUrl, { id: '../admin?x=1', lang: 'en&admin=true#top' });
    expect(text).toBe(
      'https://api.example.com/orders/..%2Fadmin%3Fx%3D1?lang=en%26admin%3Dtrue%23top',
    );
    const parsed = new URL(text);
    expect(parsed.pathname).toBe('/orders/..%2Fadmin%3Fx%3D1');
    expect([...parsed.searchParams]).toEqual([['lang', 'en&admin=true#top']]);
    expect(parsed.hash).toBe('');
  });

  it('round-trips Chinese and numbers', () => {
    const text = url(orderUrl, { id: 42, lang: '中文 简体' });
    expect(new URL(text).searchParams.get('lang')).toBe('中文 简体');
    expect(new URL(text).pathname).toBe('/orders/42');
  });

  it.each(['.', '..'])('refuses a path value of "%s", which URL parsers resolve', (id) => {
    expect(renderHttpUrl(placeholderParts(orderUrl, { id, lang: 'en' }))).toEqual({
      ok: false,
      reason: `request URL: the value of {{ id }} is "${id}", which would move up the URL path`,
    });
    expect(url(orderUrl, { id: 'A-1', lang: id })).toContain(`?lang=${id}`);
  });

  it('needs the scheme and host written out: a placeholder cannot supply them', () => {
    for (const template of ['{{ base }}/orders', 'https://{{ host }}/orders']) {
      const result = renderHttpUrl(
        placeholderParts(template, { base: 'https://evil.example', host: 'evil.example/x?' }),
      );
      expect(result).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/^request URL: it is not an absolute http\(s\) URL/),
      });
    }
    expect(
      renderHttpUrl(placeholderParts('ftp://files.example/{{ x }}', { x: 'a' })),
    ).toMatchObject({ ok: false });
  });

  it('refuses text that is not well-formed Unicode instead of throwing', () => {
    expect(renderHttpUrl(placeholderParts(orderUrl, { id: '\uD800', lang: 'en' }))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not well-formed Unicode'),
    });
  });

  it('keeps every value inside its path segment', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (id) => {
        fc.pre(id !== '.' && id !== '..');
        const parsed = new URL(url('https://api.example.com/orders/{{ id }}/items', { id }));
        expect(parsed.host).toBe('api.example.com');
        expect(parsed.search).toBe('');
        expect(parsed.pathname.split('/')).toHaveLength(4);
        expect(decodeURIComponent(parsed.pathname.split('/')[2] ?? '')).toBe(id);
      }),
      { numRuns: 200 },
    );
  });
});
