import { renderHttpHeader } from './http-header.renderer';
import { placeholderParts } from './placeholder-parts.fixture';

describe('renderHttpHeader', () => {
  it('inserts values as they are', () => {
    expect(
      renderHttpHeader('X-Note', placeholderParts('ref {{ id }} {{ zh }}', { id: 7, zh: '张三' })),
    ).toEqual({ ok: true, text: 'ref 7 张三' });
  });

  it.each([
    ['CR LF', 'x\r\nX-Admin: 1'],
    ['a bare LF', 'x\nSet-Cookie: a=b'],
    ['NUL', 'x\u0000y'],
    ['a tab', 'x\ty'],
    ['DEL', 'x\u007fy'],
  ])('refuses a value with %s, naming the header and the placeholder', (_label, value) => {
    expect(
      renderHttpHeader('X-Note', placeholderParts('ref {{ vars.note }}', { 'vars.note': value })),
    ).toEqual({
      ok: false,
      reason:
        'request header "X-Note": the value of {{ vars.note }} contains a line break or another control character, which could forge headers',
    });
  });
});
