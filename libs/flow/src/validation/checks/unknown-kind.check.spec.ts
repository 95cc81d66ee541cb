import { node } from '../../testing/sample-bot';
import { flowAt, validateSample, withCode } from '../../testing/validate-sample';

describe('unknownKindCheck', () => {
  it.each(['carousel', 'constructor', '__proto__', 'toString'])(
    'reports a node of unknown kind %s',
    (type) => {
      const problems = validateSample((bot) => {
        flowAt(bot, 0).nodes.push(node('odd', type));
        flowAt(bot, 0).edges.push({
          id: 'to-odd',
          source: 'sorry',
          sourceHandle: 'next',
          target: 'odd',
        });
      });
      expect(withCode(problems, 'unknown-node-kind')).toEqual([
        {
          code: 'unknown-node-kind',
          severity: 'error',
          flowId: 'main',
          nodeId: 'odd',
          path: ['flows', 0, 'nodes', 10, 'type'],
          message:
            `Node "odd" in flow "main" is of kind "${type}", which this version of Parley does not have (known kinds: ` +
            'ask, condition, end, intent, jump, message, set, start, subflow).',
        },
      ]);
      // Its outcomes are unknown, so its edges are not judged.
      expect(withCode(problems, 'unknown-outcome')).toEqual([]);
      expect(withCode(problems, 'duplicate-outcome-edge').map((p) => p.edgeId)).toEqual(['to-odd']);
    },
  );
});
