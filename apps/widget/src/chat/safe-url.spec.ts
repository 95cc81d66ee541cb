import { describe, expect, it } from 'vitest';
import { safeImageUrl, safeLinkUrl, splitLinks } from './safe-url';

describe('safeLinkUrl', () => {
  it.each(['https://acme.test/a?b=1', 'http://acme.test/'])('keeps %s', (url) => {
    expect(safeLinkUrl(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.test/x',
    'not a url',
  ])('refuses %s', (url) => {
    expect(safeLinkUrl(url)).toBeNull();
  });
});

describe('safeImageUrl', () => {
  const allowed = ['images.acme.test'];
  const runtime = 'https://chat.parley.test';

  it('loads images from allowed hosts and from the runtime itself', () => {
    expect(safeImageUrl('https://images.acme.test/a.png', allowed, runtime)).toBe(
      'https://images.acme.test/a.png',
    );
    expect(safeImageUrl('https://IMAGES.acme.test/a.png', allowed, runtime)).not.toBeNull();
    expect(safeImageUrl('https://chat.parley.test/logo.png', allowed, runtime)).not.toBeNull();
  });

  it.each([
    'https://evil.test/a.png',
    'https://images.acme.test.evil.test/a.png',
    'https://user:pw@images.acme.test/a.png',
    'javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'https://chat.parley.test:8443/a.png',
  ])('refuses %s', (url) => {
    expect(safeImageUrl(url, allowed, runtime)).toBeNull();
  });
});

describe('splitLinks', () => {
  it('turns http(s) URLs into links and leaves trailing punctuation outside', () => {
    expect(splitLinks('See https://acme.test/track?id=1. Thanks')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://acme.test/track?id=1', href: 'https://acme.test/track?id=1' },
      { kind: 'text', text: '. Thanks' },
    ]);
  });

  it('leaves other schemes and markup as plain text', () => {
    const text = 'javascript:alert(1) <a href="https://x.test">x</a>';
    const parts = splitLinks(text);
    expect(parts.filter((p) => p.kind === 'link').map((p) => p.text)).toEqual(['https://x.test']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
});
