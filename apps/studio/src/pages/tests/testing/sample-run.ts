import type { TestRun } from '../../../api/tests-schemas';

/** A run where "finds an order" fails at its second turn: the bot said another text. */
export function failingRun(): TestRun {
  return {
    target: { kind: 'draft', revision: 2 },
    summary: { total: 1, passed: 0, failed: 1, ms: 9 },
    tests: [
      {
        name: 'finds an order',
        passed: false,
        ms: 7,
        failure: {
          turn: 1,
          field: 'message',
          expected: 'Your order has shipped.',
          actual: 'Your order was shipped today.',
          message: 'message 1: text differs',
          nodeId: 'say-shipped',
          flowId: 'main',
        },
        turns: [
          {
            index: 0,
            passed: true,
            input: {},
            messages: [{ type: 'text', text: 'Your order number?' }],
          },
          {
            index: 1,
            passed: false,
            input: { say: 'AB123456' },
            messages: [
              { type: 'text', text: 'Your order was shipped today.' },
              {
                type: 'text',
                text: 'Anything else?',
                quickReplies: [{ label: 'Yes' }, { label: 'No' }],
              },
            ],
            failures: [{ kind: 'message', index: 0 }],
          },
        ],
      },
    ],
    coverage: {
      flows: [
        {
          flowId: 'main',
          covered: 1,
          total: 2,
          nodes: {
            start: { visited: true, outcomes: { next: true } },
            'ask-order': { visited: true, outcomes: { next: false } },
            thanks: { visited: false, outcomes: {} },
          },
        },
      ],
    },
  };
}
