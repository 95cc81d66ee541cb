import fc from 'fast-check';
import jsonata from 'jsonata';
import { compileFastPath } from './fast-path.compiler';
import { bail } from './jsonata-semantics';
import { readOnlyRecord } from './read-only-view';

const root = readOnlyRecord({
  vars: {
    s: 'Ann',
    n: 3,
    f: 0.1,
    z: 0,
    neg: -2,
    b: true,
    nul: null,
    e: '',
    str: '42',
    big: 1e21,
    obj: { a: { b: 'deep' } },
    empty: {},
    list: [1, 2],
    one: [5],
    emoji: '😀a',
  },
  contact: { tier: 'gold' },
});
const bindings = readOnlyRecord({ item: { label: 'L', n: 2 } });

type Outcome = { ok: true; value: unknown } | { ok: false };

async function viaJsonata(source: string, withBindings: boolean): Promise<Outcome> {
  try {
    const value: unknown = await jsonata(source).evaluate(
      root,
      withBindings ? { ...bindings } : undefined,
    );
    return { ok: true, value };
  } catch {
    return { ok: false };
  }
}

function viaFastPath(source: string, withBindings: boolean): unknown {
  const fast = compileFastPath(jsonata(source).ast());
  return fast ? fast(root, withBindings ? bindings : undefined) : bail;
}

describe('compileFastPath', () => {
  it.each([
    'vars.s',
    'vars.obj.a.b',
    'vars.obj.a',
    'vars.missing',
    'vars.missing.deep',
    'vars.s.length',
    'vars.nul',
    'vars.nul.x',
    'contact.tier',
    '$item.label',
    '$item',
    '"text"',
    '42',
    'true',
    'null',
    'vars.n = 3',
    'vars.s = "Ann"',
    'vars.s != "Bob"',
    'vars.missing = 1',
    'vars.missing != 1',
    'vars.nul = null',
    'vars.n = "3"',
    'vars.n > 2',
    'vars.s < "B"',
    'vars.missing < 1',
    'vars.n >= 3 and vars.s = "Ann"',
    'vars.z or vars.e',
    'vars.missing or vars.b',
    'vars.empty and true',
    'vars.obj or false',
    'vars.n + 1',
    'vars.n - vars.neg',
    'vars.n * vars.f',
    'vars.n / 4',
    'vars.n % 2',
    'vars.missing + 1',
    'vars.s & " " & vars.n',
    'vars.f * 3 & ""',
    'vars.missing & "x"',
    'vars.b & vars.nul',
    'vars.big & ""',
    '-vars.n',
    '-vars.missing',
    '$exists(vars.s)',
    '$exists(vars.missing)',
    '$exists(vars.nul)',
    '$string(vars.n)',
    '$string(vars.f * 3)',
    '$string(vars.b)',
    '$string(vars.nul)',
    '$string(vars.missing)',
    '$number(vars.str)',
    '$number("1.5e3")',
    '$number(vars.b)',
    '$number(vars.missing)',
    '$length(vars.s)',
    '$length(vars.emoji)',
    '$length(vars.missing)',
    '$lowercase(vars.s)',
    '$uppercase(vars.missing)',
    '$boolean(vars.e)',
    '$boolean(vars.obj)',
    '$boolean(vars.missing)',
    '$not(vars.z)',
    '$not(vars.missing)',
    '$trim("  a \t b  ")',
    '$trim(vars.missing)',
    '$contains(vars.s, "nn")',
    '$contains(vars.missing, "a")',
    '$contains(vars.s, vars.missing)',
    'vars.n > 2 ? "big" : "small"',
    'vars.missing ? 1 : 2',
    'vars.s = "x" ? 1',
    '(vars.n + 1) * 2',
  ])('gives exactly what jsonata gives for %s', async (source) => {
    const withBindings = source.includes('$item');
    const fast = viaFastPath(source, withBindings);
    expect(fast).not.toBe(bail);
    expect(await viaJsonata(source, withBindings)).toEqual({ ok: true, value: fast });
  });

  it.each([
    'vars.list',
    'vars.one',
    'vars.list.x',
    'vars.obj = vars.obj',
    'vars.s + 1',
    'vars.n < "4"',
    'vars.b < true',
    '-vars.s',
    '$length(vars.n)',
    '$lowercase(vars.n)',
    '$number("abc")',
    '$number("0x1F")',
    '$string(vars.obj)',
    'vars.list and true',
    'vars.n / 0',
    '$nothing',
    '$nothing.x',
  ])('hands %s to jsonata', (source) => {
    expect(viaFastPath(source, false)).toBe(bail);
  });

  it.each([
    'vars.list[0]',
    'vars.list[$ > 1]',
    '$sum(vars.list)',
    '$string(vars.n, true)',
    '$contains(vars.s, /n/)',
    '$exists()',
    'vars.*',
    '**.b',
    '$$.vars',
    '$.vars',
    'function($x){$x}',
    '($x := 1; $x)',
    'vars{"a": 1}',
    'vars.s ~> $uppercase',
    '[1, 2]',
    '{"a": 1}',
    'vars.n in [1, 2]',
    '[1..3]',
    'vars.%.x',
    'vars.s@$v',
    '/a/',
  ])('does not compile %s', (source) => {
    expect(compileFastPath(jsonata(source).ast())).toBeUndefined();
  });

  it('matches jsonata on random expressions over the same data', async () => {
    const leaf = fc.constantFrom(
      'vars.s',
      'vars.n',
      'vars.f',
      'vars.z',
      'vars.neg',
      'vars.b',
      'vars.nul',
      'vars.e',
      'vars.str',
      'vars.obj.a.b',
      'vars.obj',
      'vars.empty',
      'vars.missing',
      'vars.missing.x',
      'vars.list',
      'vars.one',
      'vars.emoji',
      'contact.tier',
      '$item.label',
      '$item.n',
      '$item',
      '"a"',
      '""',
      '"42"',
      '0',
      '1',
      '2.5',
      'true',
      'false',
      'null',
    );
    const operators = ['=', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', '&', 'and', 'or'];
    const functions = [
      'exists',
      'string',
      'number',
      'length',
      'lowercase',
      'uppercase',
      'boolean',
      'not',
      'trim',
    ];
    const { expr } = fc.letrec<{ expr: string }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .tuple(tie('expr'), fc.constantFrom(...operators), tie('expr'))
          .map(([l, op, r]) => `(${l} ${op} ${r})`),
        fc.tuple(fc.constantFrom(...functions), tie('expr')).map(([f, a]) => `$${f}(${a})`),
        fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `$contains(${a}, ${b})`),
        tie('expr').map((e) => `-(${e})`),
        fc
          .tuple(tie('expr'), tie('expr'), fc.option(tie('expr')))
          .map(([c, t, e]) => (e === null ? `(${c} ? ${t})` : `(${c} ? ${t} : ${e})`)),
      ),
    }));
    let fastAnswers = 0;
    await fc.assert(
      fc.asyncProperty(expr, fc.boolean(), async (source, withBindings) => {
        const fast = viaFastPath(source, withBindings);
        if (fast !== bail) {
          fastAnswers += 1;
          expect(await viaJsonata(source, withBindings)).toEqual({ ok: true, value: fast });
        }
      }),
      { numRuns: 300 },
    );
    expect(fastAnswers).toBeGreaterThan(50);
  });
});
