import { edge, node } from '../../testing/sample-bot';
import { flowAt, validateSample, withCode } from '../../testing/validate-sample';

describe('duplicatesCheck', () => {
  it('reports a repeated flow id once, on the repeat', () => {
    const problems = validateSample((bot) => {
      flowAt(bot, 2).id = 'lookup';
      flowAt(bot, 0).nodes[7] = node('to-agent', 'jump', { flowId: 'lookup' });
    });
    expect(withCode(problems, 'duplicate-id')).toEqual([
      {
        code: 'duplicate-id',
        severity: 'error',
        flowId: 'lookup',
        path: ['flows', 2, 'id'],
        message:
          'The flow id "lookup" is used more than once in the bot (items 2 and 3); each must be unique.',
      },
    ]);
  });

  it('reports repeated node and edge ids within a flow, but not across flows', () => {
    const problems = validateSample((bot) => {
      const main = flowAt(bot, 0);
      main.nodes.push(node('sorry', 'message', { text: 'Again' }));
      main.edges.push(edge('report', 'next', 'bye', 'start-next-welcome'));
    });
    expect(withCode(problems, 'duplicate-id').map((p) => [p.nodeId ?? p.edgeId, p.path])).toEqual([
      ['sorry', ['flows', 0, 'nodes', 10, 'id']],
      ['start-next-welcome', ['flows', 0, 'edges', 11, 'id']],
    ]);
    // Every flow has a node "start": ids only need to be unique per flow.
    expect(problems.filter((p) => p.nodeId === 'start')).toEqual([]);
  });

  it('reports repeated variable, intent, entity, parameter and return names', () => {
    const problems = validateSample((bot) => {
      bot.variables?.push({ name: 'status', type: 'number' });
      bot.intents?.push({ name: 'track_order', utterances: {} });
      bot.entities?.push({ kind: 'regex', name: 'order_number', pattern: 'x' });
      flowAt(bot, 1).parameters?.push({ name: 'order_id', type: 'string' });
      flowAt(bot, 1).returns?.push({ name: 'status', type: 'string' });
    });
    expect(withCode(problems, 'duplicate-name').map((p) => p.path)).toEqual([
      ['variables', 3, 'name'],
      ['intents', 2, 'name'],
      ['entities', 1, 'name'],
      ['flows', 1, 'parameters', 1, 'name'],
      ['flows', 1, 'returns', 1, 'name'],
    ]);
    expect(withCode(problems, 'duplicate-name')[0]?.message).toBe(
      'The variable name "status" is used more than once in the bot (items 2 and 4); each must be unique.',
    );
  });
});
