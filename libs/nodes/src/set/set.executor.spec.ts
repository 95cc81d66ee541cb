import { runFlow, tinyBot } from '@parley/testing';

describe('set executor', () => {
  it('applies assignments in order, each seeing the ones before', async () => {
    const doc = tinyBot((b) => {
      const set = b.node('set', {
        assignments: [
          { variable: 'price', value: '20' },
          { variable: 'total', value: 'vars.price * vars.quantity' },
          { variable: 'label', value: '"Total: " & $string(vars.total)' },
        ],
      });
      b.chain(b.node('start'), set, b.node('message', { text: '{{ vars.label }}' }), b.done());
    });
    const run = await runFlow(doc, [], { vars: { quantity: 3 } });
    expect(run.vars).toMatchObject({ price: 20, total: 60, label: 'Total: 60' });
    expect(run.texts).toEqual(['Total: 60']);
    const step = run.trace.find((entry) => entry.type === 'step' && entry.kind === 'set');
    expect(step?.type === 'step' && step.varsChanged.map((change) => change.name)).toEqual([
      'price',
      'total',
      'label',
    ]);
  });

  it('overwrites a variable, keeping before → after in the trace', async () => {
    const doc = tinyBot((b) => {
      b.chain(
        b.node('start'),
        b.node('set', { assignments: [{ variable: 'count', value: 'vars.count + 1' }] }),
        b.done(),
      );
    });
    const run = await runFlow(doc, [], { vars: { count: 41 } });
    expect(run.vars.count).toBe(42);
    const step = run.trace.find((entry) => entry.type === 'step' && entry.kind === 'set');
    expect(step?.type === 'step' && step.varsChanged).toEqual([
      { name: 'count', before: 41, after: 42 },
    ]);
  });

  it('stops at a failing expression with an error naming the variable; earlier assignments stay', async () => {
    const doc = tinyBot((b) => {
      const set = b.node('set', {
        assignments: [
          { variable: 'first', value: '"kept"' },
          { variable: 'broken', value: '$number("not a number")' },
          { variable: 'never', value: '"not reached"' },
        ],
      });
      b.chain(b.node('start'), set, b.node('message', { text: 'unreachable' }), b.done());
    });
    const run = await runFlow(doc, []);
    expect(run.vars.first).toBe('kept');
    expect(run.vars).not.toHaveProperty('never');
    expect(run.vars).not.toHaveProperty('broken');
    expect(run.texts).toEqual(["Sorry, I didn't get that."]);
    const step = run.trace.find((entry) => entry.type === 'step' && entry.kind === 'set');
    expect(step?.type === 'step' && step.error).toMatch(/Assignment 2 \(vars\.broken\)/);
  });
});
