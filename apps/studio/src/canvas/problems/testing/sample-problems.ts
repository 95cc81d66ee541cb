import type { Problem } from '@parley/flow';
import type { DraftDocument } from '../../../draft/draft-document';

/** Two flows: Main (start → ask, a message nothing leads to, an edge on a gone branch) and Billing (no start). */
export function twoFlowDocument(): DraftDocument {
  return {
    defaultLocale: 'en',
    locales: ['en'],
    variables: [],
    intents: [],
    entities: [],
    flows: [
      {
        id: 'main',
        name: 'Main',
        nodes: [
          { id: 'start', type: 'start', position: { x: 0, y: 0 }, data: {} },
          { id: 'ask-1', type: 'ask', position: { x: 300, y: 0 }, data: {} },
          { id: 'message-1', type: 'message', position: { x: 600, y: 0 }, data: {} },
        ],
        edges: [
          { id: 'edge-1', source: 'start', sourceHandle: 'next', target: 'ask-1' },
          { id: 'edge-2', source: 'ask-1', sourceHandle: 'gone', target: 'message-1' },
        ],
      },
      { id: 'billing', name: 'Billing', nodes: [], edges: [] },
    ],
  };
}

const at = (flow: number) => ['flows', flow];

/** What the validator could say about `twoFlowDocument`, in its order: the bot's own first. */
export function sampleProblems(): Problem[] {
  return [
    {
      code: 'duplicate-name',
      severity: 'error',
      path: ['variables', 1, 'name'],
      message: 'The variable name "order" is used twice.',
    },
    {
      code: 'unreachable-node',
      severity: 'warning',
      flowId: 'main',
      nodeId: 'message-1',
      path: [...at(0), 'nodes', 2],
      message: 'Node "message-1" cannot be reached from the start.',
    },
    {
      code: 'missing-outcome-edge',
      severity: 'error',
      flowId: 'main',
      nodeId: 'ask-1',
      path: [...at(0), 'nodes', 1],
      message: 'Node "ask-1" has no edge for its outcome "invalid".',
    },
    {
      code: 'unknown-outcome',
      severity: 'error',
      flowId: 'main',
      edgeId: 'edge-2',
      path: [...at(0), 'edges', 1, 'sourceHandle'],
      message: 'Edge "edge-2" leaves node "ask-1" by the outcome "gone".',
    },
    {
      code: 'missing-start',
      severity: 'error',
      flowId: 'billing',
      path: at(1),
      message: 'Flow "Billing" has no start node.',
    },
  ];
}
