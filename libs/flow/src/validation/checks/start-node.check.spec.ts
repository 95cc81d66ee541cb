import { node } from '../../testing/sample-bot';
import { flowAt, validateSample, withCode } from '../../testing/validate-sample';

describe('startNodeCheck', () => {
  it('reports a flow without a start node', () => {
    const problems = validateSample((bot) => {
      const agent = flowAt(bot, 2);
      agent.nodes = agent.nodes.filter((n) => n.type !== 'start');
      agent.edges = agent.edges.filter((e) => e.source !== 'start');
    });
    expect(withCode(problems, 'missing-start')).toEqual([
      {
        code: 'missing-start',
        severity: 'error',
        flowId: 'agent',
        path: ['flows', 2, 'nodes'],
        message:
          'The flow "agent" has no start node, so a conversation cannot enter it. Add a start node and connect it ' +
          'to the first step.',
      },
    ]);
    // Without a start, reachability says nothing more.
    expect(withCode(problems, 'unreachable-node')).toEqual([]);
  });

  it('reports every start node after the first', () => {
    const problems = validateSample((bot) => {
      flowAt(bot, 1).nodes.push(node('start-2', 'start'), node('start-3', 'start'));
    });
    expect(withCode(problems, 'multiple-starts').map((p) => [p.nodeId, p.path])).toEqual([
      ['start-2', ['flows', 1, 'nodes', 3]],
      ['start-3', ['flows', 1, 'nodes', 4]],
    ]);
    expect(withCode(problems, 'multiple-starts')[0]?.message).toMatch(
      /^The flow "lookup" has 3 start nodes \("start", "start-2" and "start-3"\); a flow has exactly one\./,
    );
  });
});
