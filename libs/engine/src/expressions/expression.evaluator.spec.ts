import type { Json } from '../json';
import { compiledExpressionCount } from './compiled-expression.cache';
import { evaluateExpression, type ExpressionScope } from './expression.evaluator';
import { ExpressionError } from './expression-limits';
import { readOnlyRecord } from './read-only-view';

const scope: ExpressionScope = readOnlyRecord({
  vars: {
    name: 'Ann',
    total: 12.5,
    items: [
      { sku: 'a', qty: 2 },
      { sku: 'b', qty: 3 },
    ],
  },
  contact: { tier: 'gold' },
  input: { text: 'hello' },
  conversation: { locale: 'en', turn: 3 },
});
const now = () => Date.UTC(2025, 5, 1, 12, 0, 0);
const run = (source: string, bindings?: Record<string, Json>) =>
  evaluateExpression(source, scope, { now }, bindings);

describe('evaluateExpression', () => {
  it('reads vars, contact, input and conversation', async () => {
    await expect(run('vars.name & " (" & contact.tier & ")"')).resolves.toBe('Ann (gold)');
    await expect(run('input.text')).resolves.toBe('hello');
    await expect(run('conversation.turn + 1')).resolves.toBe(4);
  });

  it('runs full jsonata where the fast path does not apply', async () => {
    await expect(run('$sum(vars.items.qty)')).resolves.toBe(5);
    await expect(run('vars.items[qty > 2].sku')).resolves.toBe('b');
    await expect(run('vars.items.sku')).resolves.toEqual(['a', 'b']);
    await expect(run('vars.items{sku: qty}')).resolves.toEqual({ a: 2, b: 3 });
  });

  it('turns missing values into null', async () => {
    await expect(run('vars.nothing')).resolves.toBeNull();
    await expect(run('vars.items[qty > 9]')).resolves.toBeNull();
  });

  it('offers bindings as $name and as top-level fields, without overriding the scope', async () => {
    await expect(run('$item.label & "/" & item.label', { item: { label: 'X' } })).resolves.toBe(
      'X/X',
    );
    await expect(run('vars.name', { vars: { name: 'Eve' } })).resolves.toBe('Ann');
  });

  it('reads the time from the host clock', async () => {
    await expect(run('$millis()')).resolves.toBe(now());
    await expect(run('$now()')).resolves.toBe('2025-06-01T12:00:00.000Z');
    await expect(run('$now("[Y0001]-[M01]-[D01]")')).resolves.toBe('2025-06-01');
  });

  it('reports syntax and runtime errors as ExpressionError with a code', async () => {
    await expect(run('vars.name =')).rejects.toMatchObject({
      name: 'ExpressionError',
      code: 'S0207',
    });
    await expect(run('vars.name + 1')).rejects.toMatchObject({ code: 'T2001' });
    await expect(run('$undefinedFunction(1)')).rejects.toBeInstanceOf(ExpressionError);
  });

  it('bounds results', async () => {
    await expect(run('$pad("", 100001)')).rejects.toMatchObject({ code: 'P0002' });
    await expect(run('[1..10000]')).resolves.toHaveLength(10_000);
    await expect(run('$append([1..10000], 1)')).rejects.toBeInstanceOf(ExpressionError);
  });

  it('compiles each expression once', async () => {
    await run('vars.total * 2 + 0.5');
    const count = compiledExpressionCount();
    await run('vars.total * 2 + 0.5');
    expect(compiledExpressionCount()).toBe(count);
  });

  it('treats values as data: text that looks like an expression is not evaluated', async () => {
    const hostile = readOnlyRecord({
      vars: { typed: '{{ vars.secret }} & $eval("1")' },
      contact: {},
    });
    await expect(evaluateExpression('vars.typed', hostile, { now })).resolves.toBe(
      '{{ vars.secret }} & $eval("1")',
    );
  });
});
