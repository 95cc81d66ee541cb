import { runFlow, tinyBot } from '@parley/testing';
import { isTruthy } from './condition.executor';

function routingBot(secondWhen = 'vars.points > 100') {
  return tinyBot((b) => {
    const check = b.node('condition', {
      branches: [
        { id: 'gold', label: 'Gold', when: 'vars.tier = "gold"' },
        { id: 'big', label: 'Big spender', when: secondWhen },
      ],
    });
    b.chain(b.node('start'), check);
    for (const outcome of ['gold', 'big', 'else']) {
      const said = b.node('message', { text: outcome });
      b.edge(check, said, outcome);
      b.edge(said, b.done());
    }
  });
}

describe('condition executor', () => {
  it('takes the first branch that holds, even when later ones hold too', async () => {
    const run = await runFlow(routingBot(), [], { vars: { tier: 'gold', points: 500 } });
    expect(run.texts).toEqual(['gold']);
  });

  it('tries the branches in order', async () => {
    const run = await runFlow(routingBot(), [], { vars: { tier: 'silver', points: 500 } });
    expect(run.texts).toEqual(['big']);
  });

  it('takes else when no branch holds (missing variables count as false)', async () => {
    const run = await runFlow(routingBot(), [], { vars: { tier: 'silver' } });
    expect(run.texts).toEqual(['else']);
  });

  it('reports a failing expression as an error naming the branch', async () => {
    const run = await runFlow(routingBot('$number("lots") > 1'), [], { vars: { tier: 'silver' } });
    expect(run.texts).toEqual(["Sorry, I didn't get that."]);
    expect(run.status).toBe('idle');
    const step = run.trace.find((entry) => entry.type === 'step' && entry.kind === 'condition');
    expect(step?.type === 'step' && step.error).toMatch(/Branch "Big spender" \(big\)/);
  });

  it('does not evaluate branches after the winner', async () => {
    const run = await runFlow(routingBot('$number("lots") > 1'), [], { vars: { tier: 'gold' } });
    expect(run.texts).toEqual(['gold']);
  });
});

describe('isTruthy', () => {
  it.each([
    [true, true],
    [false, false],
    [null, false],
    [0, false],
    [2, true],
    ['', false],
    ['no', true],
    [[], false],
    [[0, ''], false],
    [[0, 1], true],
    [{}, false],
    [{ a: 1 }, true],
  ])('%j → %p (JSONata $boolean)', (value, expected) => {
    expect(isTruthy(value)).toBe(expected);
  });
});
