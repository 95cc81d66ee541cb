import { edge, node } from '../../testing/sample-bot';
import { flowAt, validateSample, withCode } from '../../testing/validate-sample';

describe('reachabilityCheck', () => {
  it('warns about nodes no path from the start reaches, including islands with their own edges', () => {
    const problems = validateSample((bot) => {
      const agent = flowAt(bot, 2);
      agent.nodes.push(node('island-a', 'message', { text: 'a' }), node('island-b', 'end'));
      agent.edges.push(edge('island-a', 'next', 'island-b'));
    });
    expect(withCode(problems, 'unreachable-node')).toEqual([
      {
        code: 'unreachable-node',
        severity: 'warning',
        flowId: 'agent',
        nodeId: 'island-a',
        path: ['flows', 2, 'nodes', 3],
        message:
          'Node "island-a" (message) in flow "agent" cannot be reached from the flow\'s start node, so it never ' +
          'runs. Connect an edge to it or delete it.',
      },
      expect.objectContaining({ nodeId: 'island-b', severity: 'warning' }),
    ]);
    expect(problems.every((p) => p.code !== 'unreachable-node' || p.severity === 'warning')).toBe(
      true,
    );
  });

  it('is the only problem of a valid bot with a leftover node, and it does not block publishing', () => {
    const problems = validateSample((bot) => {
      flowAt(bot, 1).nodes.push(node('draft', 'end'));
    });
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['unreachable-node', 'warning']]);
  });

  it('follows long chains without recursion', () => {
    const problems = validateSample((bot) => {
      const agent = flowAt(bot, 2);
      agent.edges = agent.edges.filter((e) => e.source !== 'handing-over');
      const count = 4_000;
      for (let i = 0; i < count; i += 1)
        agent.nodes.push(node(`m${i}`, 'message', { text: `${i}` }));
      agent.edges.push(edge('handing-over', 'next', 'm0'));
      for (let i = 0; i < count - 1; i += 1) agent.edges.push(edge(`m${i}`, 'next', `m${i + 1}`));
      agent.edges.push(edge(`m${count - 1}`, 'next', 'end'));
    });
    expect(problems).toEqual([]);
  });
});
