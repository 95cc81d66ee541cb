import { edge, node } from '../../testing/sample-bot';
import { flowAt, validateSample, withCode } from '../../testing/validate-sample';

describe('cyclesCheck', () => {
  it('allows a loop through a node that waits for input (the sample asks again)', () => {
    expect(
      withCode(
        validateSample(() => undefined),
        'cycle-without-input',
      ),
    ).toEqual([]);
  });

  it('reports a loop in which no node waits, on its first node', () => {
    const problems = validateSample((bot) => {
      const main = flowAt(bot, 0);
      main.edges = main.edges.filter((e) => e.id !== 'report-next-bye');
      main.edges.push(edge('report', 'next', 'check'));
      main.edges = main.edges.filter((e) => e.id !== 'check-else-ask-order');
      main.edges.push(edge('check', 'else', 'report'));
    });
    expect(withCode(problems, 'cycle-without-input')).toEqual([
      {
        code: 'cycle-without-input',
        severity: 'error',
        flowId: 'main',
        nodeId: 'check',
        path: ['flows', 0, 'nodes', 4],
        message:
          'Nodes "check" (condition), "call-lookup" (subflow) and "report" (message) in flow "main" form a loop'.replace(
            ' and "report"',
            ', "report"',
          ) +
          ' without ever waiting for the customer, so a conversation would go round until the step limit stops ' +
          'it. Put a node that waits (such as a question) in the loop, or break it.',
      },
    ]);
  });

  it('finds a loop that avoids the waiting node even when it shares nodes with one that waits', () => {
    const problems = validateSample((bot) => {
      const main = flowAt(bot, 0);
      // check → report → check never waits, while check → ask-order → check does.
      main.edges = main.edges.filter((e) => e.id !== 'report-next-bye');
      main.edges.push(edge('report', 'next', 'check'));
    });
    expect(withCode(problems, 'cycle-without-input').map((p) => p.nodeId)).toEqual(['check']);
  });

  it('reports a node that leads back to itself', () => {
    const problems = validateSample((bot) => {
      const lookup = flowAt(bot, 1);
      lookup.edges = [
        edge('start', 'next', 'set-status'),
        edge('set-status', 'next', 'set-status'),
      ];
    });
    expect(withCode(problems, 'cycle-without-input').map((p) => p.message)).toEqual([
      'Node "set-status" (set) in flow "lookup" leads back to itself without ever waiting for the customer, so a ' +
        'conversation would go round until the step limit stops it. Put a node that waits (such as a question) in ' +
        'the loop, or break it.',
    ]);
  });

  it('handles a loop of thousands of nodes without overflowing the stack', () => {
    const problems = validateSample((bot) => {
      const agent = flowAt(bot, 2);
      const count = 4_000;
      agent.edges = agent.edges.filter((e) => e.source !== 'handing-over');
      for (let i = 0; i < count; i += 1) agent.nodes.push(node(`m${i}`, 'message', { text: 'x' }));
      agent.edges.push(edge('handing-over', 'next', 'm0'));
      for (let i = 0; i < count; i += 1)
        agent.edges.push(edge(`m${i}`, 'next', `m${(i + 1) % count}`));
    });
    const loops = withCode(problems, 'cycle-without-input');
    expect(loops).toHaveLength(1);
    expect(loops[0]?.message).toContain('and 3994 more');
  });
});

describe('cyclesCheck with calls into other flows', () => {
  /** main: start → call → check; check's "else" loops back to the call. */
  const loopThroughCall = (callee: string) =>
    validateSample((bot) => {
      const main = flowAt(bot, 0);
      main.nodes = [
        node('start', 'start'),
        node('call', 'subflow', { flowId: callee }),
        node('check', 'condition', {
          branches: [{ id: 'done', label: 'Done', when: 'vars.status = "ok"' }],
        }),
        node('bye', 'end'),
      ];
      main.edges = [
        edge('start', 'next', 'call'),
        edge('call', 'next', 'check'),
        edge('check', 'done', 'bye'),
        edge('check', 'else', 'call'),
      ];
      flowAt(bot, 2).nodes.splice(
        1,
        1,
        node('handing-over', 'ask', { question: 'Still there?', variable: 'status' }),
      );
    });

  it('accepts a loop through a call into a flow that waits', () => {
    expect(withCode(loopThroughCall('agent'), 'cycle-without-input')).toEqual([]);
  });

  it('reports a loop through a call into a flow that never waits', () => {
    expect(withCode(loopThroughCall('lookup'), 'cycle-without-input').map((p) => p.nodeId)).toEqual(
      ['call'],
    );
  });
});
