import { flowAt, nodeById, validateSample, withCode } from '../../testing/validate-sample';

describe('missingOutcomeEdgesCheck', () => {
  it('reports each required outcome without an edge', () => {
    const problems = validateSample((bot) => {
      const main = flowAt(bot, 0);
      main.edges = main.edges.filter((e) => e.source !== 'classify');
    });
    expect(withCode(problems, 'missing-outcome-edge')).toEqual(
      ['track_order', 'talk_to_agent', 'fallback'].map((outcome) => ({
        code: 'missing-outcome-edge',
        severity: 'error',
        flowId: 'main',
        nodeId: 'classify',
        path: ['flows', 0, 'nodes', 2],
        message: `Node "classify" (intent) in flow "main" has no edge for its outcome "${outcome}": connect it to the step that should follow.`,
      })),
    );
  });

  it('lets optional outcomes stay unconnected', () => {
    const problems = validateSample((bot) => {
      Object.assign(nodeById(bot, 0, 'ask-order').data, { timeoutSeconds: 60 });
    });
    // ask: invalid and timeout are optional; subflow: error is optional.
    expect(withCode(problems, 'missing-outcome-edge')).toEqual([]);
  });

  it('passes the document to outcomes(): an intent node listing no intents routes on all of them', () => {
    const problems = validateSample((bot) => {
      bot.intents?.push({ name: 'cancel_order', utterances: { en: ['cancel it'] } });
    });
    expect(withCode(problems, 'missing-outcome-edge').map((p) => p.message)).toEqual([
      'Node "classify" (intent) in flow "main" has no edge for its outcome "cancel_order": connect it to the step that should follow.',
    ]);
  });
});
