/**
 * A bot as Parley wrote it at schema version 1: edges named their outcome
 * `outcome`, and the NLU threshold was `nluThreshold`. Kept verbatim so that the
 * v1 → v2 migration is tested on a real v1 document, not on one derived from v2.
 */
export const orderStatusV1 = {
  schemaVersion: 1,
  id: 'order-status-v1',
  name: 'Order status (2024)',
  defaultLocale: 'en',
  locales: ['en', 'zh-CN'],
  settings: {
    fallbackMessage: { en: 'Sorry, I did not get that.', 'zh-CN': '抱歉，我没听懂。' },
    nluThreshold: 0.55,
    timezone: 'Asia/Shanghai',
  },
  variables: [
    { name: 'order_id', type: 'string' },
    { name: 'customer', type: 'string', scope: 'contact' },
  ],
  intents: [
    {
      name: 'track_order',
      utterances: { en: ['where is my parcel'], 'zh-CN': ['我的包裹到哪了'] },
    },
  ],
  entities: [],
  flows: [
    {
      id: 'main',
      name: 'Main',
      nodes: [
        { id: 'n1', type: 'start', position: { x: 0, y: 0 }, data: {} },
        {
          id: 'n2',
          type: 'message',
          position: { x: 0, y: 120 },
          data: { text: { en: 'Hello {{ vars.customer }}', 'zh-CN': '你好 {{ vars.customer }}' } },
        },
        {
          id: 'n3',
          type: 'intent',
          position: { x: 0, y: 240 },
          data: { intents: ['track_order'] },
        },
        {
          id: 'n4',
          type: 'ask',
          position: { x: 0, y: 360 },
          data: {
            question: 'What is your order number?',
            variable: 'order_id',
            timeoutSeconds: 300,
          },
        },
        {
          id: 'n5',
          type: 'message',
          position: { x: 0, y: 480 },
          data: { text: 'Looking up {{ vars.order_id }}…' },
        },
        { id: 'n6', type: 'end', position: { x: 0, y: 600 }, data: {} },
        {
          id: 'n7',
          type: 'message',
          position: { x: 300, y: 240 },
          data: { text: 'Let me find someone.' },
        },
      ],
      edges: [
        { id: 'e1', source: 'n1', outcome: 'next', target: 'n2' },
        { id: 'e2', source: 'n2', outcome: 'next', target: 'n3' },
        { id: 'e3', source: 'n3', outcome: 'track_order', target: 'n4' },
        { id: 'e4', source: 'n3', outcome: 'fallback', target: 'n7' },
        { id: 'e5', source: 'n4', outcome: 'next', target: 'n5' },
        { id: 'e6', source: 'n5', outcome: 'next', target: 'n6' },
        { id: 'e7', source: 'n7', outcome: 'next', target: 'n6' },
        { id: 'e8', source: 'n4', outcome: 'timeout', target: 'n7' },
      ],
    },
  ],
};
