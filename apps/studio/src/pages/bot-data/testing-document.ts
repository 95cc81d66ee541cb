import type { DraftDocument } from '../../draft/draft-document';

/** A small shop bot: an intent node routing on two intents, an ask storing `orderId`, a message reading it. */
export function shopDocument(): DraftDocument {
  return {
    schemaVersion: 2,
    id: 'shop',
    name: 'Shop',
    defaultLocale: 'en',
    locales: ['en', 'zh-CN'],
    variables: [
      { name: 'orderId', type: 'string', scope: 'conversation' },
      { name: 'orderIdList', type: 'list', scope: 'conversation' },
    ],
    intents: [
      { name: 'track_order', utterances: { en: ['where is my order'], 'zh-CN': ['我的订单在哪'] } },
      { name: 'return_item', utterances: { en: ['I want to return this'] } },
    ],
    entities: [],
    flows: [
      {
        id: 'main',
        name: 'Main',
        nodes: [
          { id: 'start', type: 'start', position: { x: 0, y: 0 }, data: {} },
          {
            id: 'route',
            type: 'intent',
            position: { x: 0, y: 100 },
            data: { intents: ['track_order', 'return_item'] },
          },
          {
            id: 'ask-order',
            type: 'ask',
            position: { x: 0, y: 200 },
            data: { question: { en: 'Order number?' }, variable: 'orderId' },
          },
          {
            id: 'tell',
            type: 'message',
            position: { x: 0, y: 300 },
            data: { text: { en: 'Looking up {{ vars.orderId }}' } },
          },
        ],
        edges: [
          { id: 'e1', source: 'start', sourceHandle: 'next', target: 'route' },
          { id: 'e2', source: 'route', sourceHandle: 'track_order', target: 'ask-order' },
          { id: 'e3', source: 'ask-order', sourceHandle: 'next', target: 'tell' },
        ],
      },
    ],
  };
}
