import { edge } from '../../testing/sample-bot';
import { flowAt, nodeById, validateSample, withCode } from '../../testing/validate-sample';

describe('edgeOutcomesCheck', () => {
  it('reports an edge leaving by an outcome its source does not have', () => {
    const problems = validateSample((bot) => {
      flowAt(bot, 0).edges.push(edge('ask-order', 'timeout', 'sorry', 'late'));
    });
    expect(withCode(problems, 'unknown-outcome')).toEqual([
      {
        code: 'unknown-outcome',
        severity: 'error',
        flowId: 'main',
        edgeId: 'late',
        path: ['flows', 0, 'edges', 11, 'sourceHandle'],
        message:
          'Edge "late" leaves node "ask-order" (ask) in flow "main" by the outcome "timeout", which that node does ' +
          'not have (its outcomes are "next" and "invalid"). Reconnect or delete the edge.',
      },
    ]);
  });

  it('follows outcomes that depend on settings: a removed branch orphans its edge', () => {
    const problems = validateSample((bot) => {
      nodeById(bot, 0, 'check').data = {
        branches: [{ id: 'other', label: 'Other', when: 'true' }],
      };
    });
    expect(withCode(problems, 'unknown-outcome').map((p) => p.edgeId)).toEqual([
      'check-valid-call-lookup',
    ]);
    expect(withCode(problems, 'missing-outcome-edge').map((p) => p.message)).toEqual([
      'Node "check" (condition) in flow "main" has no edge for its outcome "other": connect it to the step that should follow.',
    ]);
  });

  it('reports a node with no outcomes having an edge', () => {
    const problems = validateSample((bot) => {
      flowAt(bot, 0).edges.push(edge('bye', 'next', 'start', 'after-end'));
    });
    expect(withCode(problems, 'unknown-outcome')[0]?.message).toContain('(it has no outcomes)');
  });

  it('reports a second edge from the same outcome', () => {
    const problems = validateSample((bot) => {
      flowAt(bot, 0).edges.push(edge('welcome', 'next', 'sorry', 'again'));
    });
    expect(withCode(problems, 'duplicate-outcome-edge')).toEqual([
      {
        code: 'duplicate-outcome-edge',
        severity: 'error',
        flowId: 'main',
        edgeId: 'again',
        path: ['flows', 0, 'edges', 11, 'sourceHandle'],
        message:
          'Node "welcome" (message) in flow "main" has more than one edge leaving its outcome "next" (edges ' +
          '"welcome-next-classify" and "again"); each outcome leads to one place. Delete one of them.',
      },
    ]);
  });
});
