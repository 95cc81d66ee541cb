import { evaluateExpression, type ExpressionScope } from './expression.evaluator';
import { ExpressionError } from './expression-limits';
import { readOnlyRecord } from './read-only-view';

const scope: ExpressionScope = readOnlyRecord({
  vars: { name: 'Ann', list: [1, 2, 3], obj: { a: 1 }, text: 'a'.repeat(50) },
  contact: {},
  conversation: { locale: 'en', turn: 1 },
});
const run = (source: string) => evaluateExpression(source, scope, { now: () => 0 });

/** Each must fail with an ExpressionError well within a second. */
const hostile: [string, string][] = [
  ['tail recursion forever', '($f := function($x){ $f($x) }; $f(1))'],
  ['deep recursion', '($f := function($x){ $f($x) + 1 }; $f(1))'],
  ['mutual recursion', '($a := function($x){ $b($x) }; $b := function($x){ $a($x) }; $a(1))'],
  ['pad to 20 M chars', '$pad("", 20000000)'],
  ['pad left to 20 M chars', '$pad("x", -20000000, "ab")'],
  ['huge range', '[1..10000000]'],
  ['range just over the sequence limit', '$count([1..10001])'],
  ['string doubling', '$reduce([1..40], function($acc){ $acc & $acc }, "xxxxxxxxxx")'],
  ['many big strings', '$map([1..5000], function($i){ $pad("", 90000, "y") })'],
  ['join of big strings', '$join($map([1..50], function($i){ $pad("", 99000) }))'],
  ['busy loop', '$sum($map([1..9999], function($i){ $sum([1..9999]) }))'],
  ['toMillis with a long timestamp', '$toMillis($pad("", 5000, "1"))'],
  [
    'toMillis with a ReDoS-style picture',
    `$toMillis("${'1'.repeat(63)}x", "[Y]1[M]1[D]1[H]1[m]1[s]1[f]1[Y]1[M]1[D]")`,
  ],
  ['toMillis with too many markers', '$toMillis("1", "[Y][M][D][H][m][s][f][Y][M][D][H][m][s]")'],
  ['catastrophic regex', '$match(vars.text & "!", /(a+)+$/)'],
  ['catastrophic regex in replace', '$replace(vars.text, /(a|aa)*(b+)*c/, "")'],
  ['eval of data', '$eval("1 + 1")'],
  ['function result', 'function($x){ $x }'],
  ['division by zero', '1 / 0'],
  ['deeply nested source', `${'['.repeat(2000)}1${']'.repeat(2000)}`],
  ['syntax error', 'vars.name = '],
];

describe('expression guardrails', () => {
  it.each(hostile)('stops %s with an ExpressionError within a second', async (_name, source) => {
    const started = performance.now();
    await expect(run(source)).rejects.toBeInstanceOf(ExpressionError);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it.each([
    ['transform reaching __proto__', '$ ~> | __proto__ | {"polluted": true} |'],
    [
      'transform reaching constructor.prototype',
      '$ ~> | constructor.prototype | {"polluted": true} |',
    ],
    ['merge with __proto__', '$merge([{}, {"__proto__": {"polluted": true}}])'],
    ['lookup of __proto__', '$lookup(vars, "__proto__").polluted'],
    ['constructor path', 'vars.constructor.constructor("return process")()'],
    ['sift of prototypes', '$sift(vars.obj, function($v, $k){ $k = "__proto__" })'],
    ['object literal __proto__', '{"__proto__": {"polluted": true}}.polluted'],
    ['spread into prototype', '$each(vars, function($v, $k){ $k }).__proto__'],
  ])('cannot pollute prototypes: %s', async (_name, source) => {
    await run(source).catch(() => undefined);
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const result = await run(source).catch((error: unknown) => error);
    expect(result).not.toBe(Object.prototype);
    expect(typeof result).not.toBe('function');
  });

  it('keeps working after hostile expressions (no shared state corrupted)', async () => {
    await expect(run('$pad("", 20000000)')).rejects.toThrow(ExpressionError);
    await expect(run('$pad(vars.name, 5, "-")')).resolves.toBe('Ann--');
    await expect(run('$pad(vars.name, -5)')).resolves.toBe('  Ann');
    await expect(run('$toMillis("2025-01-01T00:00:00Z")')).resolves.toBe(Date.UTC(2025, 0, 1));
    await expect(run('$toMillis("01/02/2025", "[D01]/[M01]/[Y0001]")')).resolves.toBe(
      Date.UTC(2025, 1, 1),
    );
  });

  it('honours a shorter timeout', async () => {
    const started = performance.now();
    await expect(
      evaluateExpression('($f := function($x){ $f($x) }; $f(1))', scope, {
        now: () => 0,
        timeoutMs: 20,
      }),
    ).rejects.toMatchObject({ code: 'D1012' });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('cannot write through the scope', async () => {
    await run('$ ~> | vars | {"name": "Eve"} |');
    await expect(run('vars.name')).resolves.toBe('Ann');
    expect(Object.isFrozen(scope.vars)).toBe(true);
  });
});
