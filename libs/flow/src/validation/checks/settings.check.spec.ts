import { nodeById, validateSample, withCode } from '../../testing/validate-sample';

describe('settingsCheck', () => {
  it('reports one problem per schema issue, with the path into data', () => {
    const problems = validateSample((bot) => {
      nodeById(bot, 0, 'ask-order').data = { question: 7, timeoutSeconds: 1 };
    });
    expect(withCode(problems, 'invalid-settings')).toEqual([
      {
        code: 'invalid-settings',
        severity: 'error',
        flowId: 'main',
        nodeId: 'ask-order',
        path: ['flows', 0, 'nodes', 3, 'data', 'question'],
        message:
          'Node "ask-order" (ask) in flow "main", field question: Invalid input: expected string or object.',
      },
      expect.objectContaining({
        path: ['flows', 0, 'nodes', 3, 'data', 'variable'],
        message:
          'Node "ask-order" (ask) in flow "main", field variable: missing; it should be a string.',
      }),
      expect.objectContaining({
        path: ['flows', 0, 'nodes', 3, 'data', 'timeoutSeconds'],
        message: expect.stringMatching(
          /^Node "ask-order" \(ask\) in flow "main", field timeoutSeconds: Too small/,
        ),
      }),
    ]);
  });

  it('skips outcome checks for a node whose settings do not parse', () => {
    const problems = validateSample((bot) => {
      nodeById(bot, 0, 'check').data = { branches: [] };
    });
    expect(problems.map((p) => p.code)).toEqual(['invalid-settings']);
  });
});
