import { checkExpression } from './expression.checker';

describe('checkExpression', () => {
  it.each([
    ['vars.name', ['name']],
    ['vars.total > 100 and vars.vip', ['total', 'vip']],
    ['vars.`first name`', ['first name']],
    ['vars[0].order.id', ['order']],
    ['$$.vars.basket', ['basket']],
    ['$lookup(vars, "city")', ['city']],
    ['vars["country"]', ['country']],
    ['$count(vars.items[price > vars.min])', ['items', 'min']],
    ['{ "n": vars.q, "m": vars.q }', ['q']],
    ['vars.a ? vars.b : vars.c', ['a', 'b', 'c']],
    ['function($x) { vars.z }', ['z']],
    ['($t := vars.t; $t * 2)', ['t']],
  ])('lists what %s reads', (source, variables) => {
    expect(checkExpression(source)).toEqual({ ok: true, variables });
  });

  it.each([
    ['contact.name & input.text & nlu.intent & conversation.locale'],
    ['order.vars.x'],
    ['vars.*'],
    ['$lookup(vars, $key)'],
    ['$item.label'],
  ])('names no variable for %s', (source) => {
    expect(checkExpression(source)).toEqual({ ok: true, variables: [] });
  });

  it('reports a syntax error with jsonata message and position, without evaluating', () => {
    expect(checkExpression('vars.total >')).toEqual({
      ok: false,
      message: 'Unexpected end of expression',
      position: 12,
      variables: [],
    });
    expect(checkExpression('"abc')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/String literal/),
    });
  });

  it('reports an empty expression', () => {
    expect(checkExpression('   ')).toEqual({
      ok: false,
      message: 'The expression is empty.',
      position: 1,
      variables: [],
    });
  });

  it('reports an expression too deeply nested to parse instead of throwing', () => {
    const deep = `${'('.repeat(50_000)}1${')'.repeat(50_000)}`;
    expect(checkExpression(deep)).toMatchObject({ ok: false });
  });

  it('caches: the same source gives the same frozen result', () => {
    const first = checkExpression('vars.cached + 1');
    expect(checkExpression('vars.cached + 1')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.variables)).toBe(true);
  });
});
