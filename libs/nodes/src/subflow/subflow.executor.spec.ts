import { runFlow, tinyBot } from '@parley/testing';

/** main: calls `double` with n = vars.base + 1, then says the result; `double` returns out = n * 2. */
function callingBot(parameter = 'vars.base + 1') {
  return tinyBot((b) => {
    const call = b.node('subflow', {
      flowId: 'double',
      parameters: { n: parameter },
      results: [{ variable: 'doubled', from: 'out' }],
    });
    b.chain(
      b.node('start'),
      call,
      b.node('message', { text: 'Result: {{ vars.doubled }}' }),
      b.done(),
    );
    const failed = b.node('message', { text: 'The call failed' });
    b.chain(failed, b.done());
    b.edge(call, failed, 'error');
    b.flow(
      'double',
      (f) => {
        const compute = f.node('set', { assignments: [{ variable: 'out', value: 'vars.n * 2' }] });
        f.chain(
          f.node('start'),
          compute,
          f.node('message', { text: 'Doubling {{ vars.n }}' }),
          f.node('end', { ends: 'flow' }),
        );
      },
      { parameters: ['n'], returns: ['out'] },
    );
  });
}

describe('subflow executor', () => {
  it('passes evaluated parameters, then copies the returned values back and continues at next', async () => {
    const run = await runFlow(callingBot(), [], { vars: { base: 3 } });
    expect(run.texts).toEqual(['Doubling 4', 'Result: 8']);
    expect(run.vars.doubled).toBe(8);
    expect(run.path).toEqual([
      'start1',
      'subflow1',
      'start2',
      'set1',
      'message3',
      'end3',
      'message1',
      'end1',
    ]);
    const call = run.trace.find((entry) => entry.type === 'step' && entry.kind === 'subflow');
    expect(call).toMatchObject({ result: 'call' });
  });

  it('keeps waiting inside the called flow and returns after the answer', async () => {
    const doc = tinyBot((b) => {
      const call = b.node('subflow', {
        flowId: 'name',
        results: [{ variable: 'who', from: 'name' }],
      });
      b.chain(
        b.node('start'),
        call,
        b.node('message', { text: 'Welcome, {{ vars.who }}' }),
        b.done(),
      );
      b.flow(
        'name',
        (f) => {
          f.chain(
            f.node('start'),
            f.node('ask', { question: 'Your name?', variable: 'name' }),
            f.node('end', { ends: 'flow' }),
          );
        },
        { returns: ['name'] },
      );
    });
    const run = await runFlow(doc, ['Grace']);
    expect(run.turns.map((turn) => turn.texts)).toEqual([['Your name?'], ['Welcome, Grace']]);
    expect(run.state.stack).toEqual([]);
  });

  it('gives an error naming the parameter when it cannot be evaluated, without calling', async () => {
    const run = await runFlow(callingBot('$number("three")'), []);
    expect(run.texts).toEqual(['The call failed']);
    expect(run.path).not.toContain('start2');
    const call = run.trace.find((entry) => entry.type === 'step' && entry.kind === 'subflow');
    expect(call).toMatchObject({ result: 'error', error: expect.stringMatching(/Parameter "n"/) });
  });
});
