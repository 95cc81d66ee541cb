import type { BotDocumentInput } from '../document/bot-document.schema';
import type { FlowEdge, FlowNode } from '../document/graph.schema';

/** A node at a made-up canvas position: specs care about the graph, not the layout. */
export function node(id: string, type: string, data: Record<string, unknown> = {}): FlowNode {
  return { id, type, position: { x: 0, y: 0 }, data };
}

/** An edge with an id derived from its ends, unless one is given. */
export function edge(source: string, sourceHandle: string, target: string, id?: string): FlowEdge {
  return { id: id ?? `${source}-${sourceHandle}-${target}`, source, sourceHandle, target };
}

/**
 * An order-status bot that is valid against `testCatalog` (no problems at all):
 * three flows, a subflow call with a parameter and a return value, intents,
 * per-locale texts, and a loop that waits (the ask node) so it is allowed.
 * Returns a fresh object each time, so specs may mutate it.
 */
export function sampleBot(): BotDocumentInput {
  return {
    schemaVersion: 2,
    id: 'order-status',
    name: 'Order status',
    defaultLocale: 'en',
    locales: ['en', 'zh-CN'],
    settings: { nluConfidenceThreshold: 0.7 },
    variables: [
      { name: 'order_id', type: 'string' },
      { name: 'status', type: 'string' },
      { name: 'customer', type: 'string', scope: 'contact' },
    ],
    intents: [
      { name: 'track_order', utterances: { en: ['where is my order'], 'zh-CN': ['我的订单在哪'] } },
      { name: 'talk_to_agent', utterances: { en: ['agent please'], 'zh-CN': ['转人工'] } },
    ],
    entities: [{ kind: 'regex', name: 'order_number', pattern: '^[A-Z]{2}\\d{6}$' }],
    flows: [
      {
        id: 'main',
        name: 'Main',
        nodes: [
          node('start', 'start'),
          node('welcome', 'message', {
            text: { en: 'Hi {{ vars.customer }}!', 'zh-CN': '您好 {{ vars.customer }}！' },
          }),
          node('classify', 'intent', {
            entities: [{ entity: 'order_number', variable: 'order_id' }],
          }),
          node('ask-order', 'ask', { question: 'Your order number?', variable: 'order_id' }),
          node('check', 'condition', {
            branches: [{ id: 'valid', label: 'Valid', when: '$length(vars.order_id) = 8' }],
          }),
          node('call-lookup', 'subflow', {
            flowId: 'lookup',
            parameters: { order_id: 'vars.order_id' },
          }),
          node('report', 'message', { text: 'Order {{ vars.order_id }} is {{ vars.status }}.' }),
          node('to-agent', 'jump', { flowId: 'agent' }),
          node('sorry', 'message', { text: "Sorry, I can't help with that." }),
          node('bye', 'end'),
        ],
        edges: [
          edge('start', 'next', 'welcome'),
          edge('welcome', 'next', 'classify'),
          edge('classify', 'track_order', 'ask-order'),
          edge('classify', 'talk_to_agent', 'to-agent'),
          edge('classify', 'fallback', 'sorry'),
          edge('ask-order', 'next', 'check'),
          edge('check', 'valid', 'call-lookup'),
          edge('check', 'else', 'ask-order'),
          edge('call-lookup', 'next', 'report'),
          edge('report', 'next', 'bye'),
          edge('sorry', 'next', 'bye'),
        ],
      },
      {
        id: 'lookup',
        name: 'Look up an order',
        parameters: [{ name: 'order_id', type: 'string' }],
        returns: [{ name: 'status', type: 'string' }],
        nodes: [
          node('start', 'start'),
          node('set-status', 'set', { assignments: [{ variable: 'status', value: '"shipped"' }] }),
          node('done', 'end', { ends: 'flow' }),
        ],
        edges: [edge('start', 'next', 'set-status'), edge('set-status', 'next', 'done')],
      },
      {
        id: 'agent',
        name: 'Agent',
        nodes: [
          node('start', 'start'),
          node('handing-over', 'message', { text: 'One moment…' }),
          node('end', 'end'),
        ],
        edges: [edge('start', 'next', 'handing-over'), edge('handing-over', 'next', 'end')],
      },
    ],
  };
}
