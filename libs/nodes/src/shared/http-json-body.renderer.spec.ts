import type { Json } from '@parley/engine';
import fc from 'fast-check';
import { renderJsonBody } from './http-json-body.renderer';
import { placeholderParts } from './placeholder-parts.fixture';

const transfer = '{"amount": {{ amount }}, "to": "{{ payee }}", "memo": "ref {{ memo }}."}';

function rendered(template: string, values: Record<string, Json>): unknown {
  const result = renderJsonBody(placeholderParts(template, values));
  if (!result.ok) throw new Error(result.reason);
  return JSON.parse(result.text);
}

/** JSON without fractions (rounded to 15 digits) or `__proto__` keys, so it round-trips exactly. */
const exactJson: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.string().filter((key) => key !== '__proto__'),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

describe('renderJsonBody', () => {
  it('keeps a customer inside the string they were given: no injected fields', () => {
    const body = rendered(transfer, {
      amount: 100,
      payee: '", "amount": 1000000, "x": "',
      memo: '\\"}, "admin": true, "y": {"',
    });
    expect(body).toEqual({
      amount: 100,
      to: '", "amount": 1000000, "x": "',
      memo: 'ref \\"}, "admin": true, "y": {".',
    });
  });

  it('keeps typed values typed outside strings, and text that looks like JSON a string', () => {
    const template = '{"a": {{ a }}, "b": {{ b }}, "c": {{ c }}, "d": {{ d }}, "e": [{{ e }}]}';
    expect(
      rendered(template, { a: 12.5, b: true, c: null, d: { n: [1, 'x'] }, e: '1, 2' }),
    ).toEqual({ a: 12.5, b: true, c: null, d: { n: [1, 'x'] }, e: ['1, 2'] });
    expect(rendered('{"amount": {{ a }}}', { a: '1, "amount": 1000000' })).toEqual({
      amount: '1, "amount": 1000000',
    });
    expect(rendered('{"n": {{ n }}}', { n: 0.1 + 0.2 })).toEqual({ n: 0.3 });
  });

  it('inserts typed values as text inside a string, and Chinese unchanged', () => {
    expect(
      rendered('{"s": "{{ n }} {{ b }} {{ o }} {{ z }}|{{ zh }}"}', {
        n: 3,
        b: false,
        o: { k: '"v"' },
        z: null,
        zh: '张三说："你好"\n再见',
      }),
    ).toEqual({ s: '3 false {"k":"\\"v\\""} |张三说："你好"\n再见' });
  });

  it('never evaluates a customer template: it stays literal text', () => {
    expect(rendered('{"note": "{{ note }}"}', { note: '{{ vars.secret }} $eval("1")' })).toEqual({
      note: '{{ vars.secret }} $eval("1")',
    });
  });

  it('refuses a body that is not JSON after filling, saying why', () => {
    for (const [template, values] of [
      ['{"amount": {{ a }}', { a: 1 }],
      ['{"a": {{ a }} {{ b }}}', { a: 1, b: 2 }],
      ['[1, 2,]', {}],
    ] as const) {
      const result = renderJsonBody(placeholderParts(template, values));
      expect(result).toEqual({
        ok: false,
        reason: expect.stringMatching(
          /^request body is not valid JSON after filling placeholders: .+/,
        ),
      });
    }
  });

  it('refuses a placeholder right after a backslash inside a string', () => {
    const result = renderJsonBody(
      placeholderParts('{"a": "x\\{{ v }}"}', { v: '", "amount": 1000000, "b": "' }),
    );
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('backslash') });
  });

  it('round-trips any string inside a string literal and any JSON value outside one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), exactJson, (text, value) => {
        const body = rendered('{"to": "{{ text }}", "x": "\\"{{ text }}\\"", "v": {{ value }}}', {
          text,
          value,
        });
        expect(body).toEqual({ to: text, x: `"${text}"`, v: value });
      }),
      { numRuns: 300 },
    );
  });
});
