import { edge } from '../../testing/sample-bot';
import { flowAt, validateSample, withCode } from '../../testing/validate-sample';

describe('edgeEndpointsCheck', () => {
  it('names the edge and the missing target node', () => {
    const problems = validateSample((bot) => {
      flowAt(bot, 0).edges.push(edge('sorry', 'next', 'n99', 'e7'));
    });
    expect(withCode(problems, 'edge-target-missing')).toEqual([
      {
        code: 'edge-target-missing',
        severity: 'error',
        flowId: 'main',
        edgeId: 'e7',
        path: ['flows', 0, 'edges', 11, 'target'],
        message: 'Edge "e7" leads to node "n99", which does not exist in flow "main".',
      },
    ]);
  });

  it('names the edge and the missing source node, and reports both ends when both are missing', () => {
    const problems = validateSample((bot) => {
      flowAt(bot, 1).edges.push(edge('ghost', 'next', 'done', 'e8'), edge('a', 'next', 'b', 'e9'));
    });
    expect(withCode(problems, 'edge-source-missing').map((p) => p.message)).toEqual([
      'Edge "e8" starts at node "ghost", which does not exist in flow "lookup".',
      'Edge "e9" starts at node "a", which does not exist in flow "lookup".',
    ]);
    expect(withCode(problems, 'edge-target-missing').map((p) => p.edgeId)).toEqual(['e9']);
  });

  it('does not look for edge ends in other flows', () => {
    const problems = validateSample((bot) => {
      flowAt(bot, 2).edges.push(edge('handing-over', 'next', 'report', 'cross'));
    });
    expect(withCode(problems, 'edge-target-missing').map((p) => p.edgeId)).toEqual(['cross']);
  });
});
