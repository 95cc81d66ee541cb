import { httpBodyFormat, renderHttpBody } from './http-body.renderer';
import { placeholderParts } from './placeholder-parts.fixture';

describe('httpBodyFormat', () => {
  it.each([
    ['{"a": 1}', undefined, 'json'],
    ['  [1]', undefined, 'json'],
    ['{{ vars.order }}', 'application/json; charset=utf-8', 'json'],
    ['{{ vars.order }}', 'application/merge-patch+json', 'json'],
    ['{{ vars.order }}', undefined, 'text'],
    ['a={{ x }}', 'application/x-www-form-urlencoded', 'form'],
    ['hello {{ x }}', 'text/plain', 'text'],
  ] as const)('%s with Content-Type %s is %s', (template, contentType, format) => {
    expect(httpBodyFormat(placeholderParts(template), contentType)).toBe(format);
  });
});

describe('renderHttpBody', () => {
  const hostile = 'x&amount=1000000 "q" {{ vars.secret }}';

  it('fills JSON bodies by context, including a whole-body placeholder', () => {
    const json = renderHttpBody(
      placeholderParts('{{ order }}', { order: { id: 'A-1', qty: 2 } }),
      'application/json',
    );
    expect(json).toEqual({ ok: true, text: '{"id":"A-1","qty":2}' });
  });

  it('percent-encodes form values so they cannot add fields', () => {
    const form = renderHttpBody(
      placeholderParts('to={{ payee }}&amount=100', { payee: hostile }),
      'application/x-www-form-urlencoded',
    );
    expect(form.ok && [...new URLSearchParams(form.text)]).toEqual([
      ['to', hostile],
      ['amount', '100'],
    ]);
  });

  it('inserts values verbatim into a plain-text body, never evaluating them', () => {
    expect(
      renderHttpBody(
        placeholderParts('Note: {{ note }} ({{ n }})', { note: hostile, n: 2 }),
        undefined,
      ),
    ).toEqual({ ok: true, text: `Note: ${hostile} (2)` });
  });
});
