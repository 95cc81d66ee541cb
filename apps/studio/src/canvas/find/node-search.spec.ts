import { describe, expect, it } from 'vitest';
import type { DraftDocument } from '../../draft/draft-document';
import { searchNodes } from './node-search';

const doc: DraftDocument = {
  defaultLocale: 'en',
  locales: ['en', 'zh'],
  variables: [],
  intents: [],
  entities: [],
  flows: [
    {
      id: 'main',
      name: 'Main',
      nodes: [
        { id: 'start', type: 'start', position: { x: 0, y: 0 }, data: {} },
        {
          id: 'greet',
          type: 'message',
          position: { x: 0, y: 0 },
          data: { text: { en: 'Welcome to the shop', zh: '欢迎光临' } },
        },
      ],
      edges: [],
    },
    {
      id: 'refunds',
      name: 'Refunds',
      nodes: [
        {
          id: 'ask-order',
          type: 'ask',
          position: { x: 0, y: 0 },
          data: { question: { en: 'Which order should we refund?' } },
        },
      ],
      edges: [],
    },
  ],
};

describe('node search', () => {
  it('matches ids, kinds, kind labels and localized settings text in every flow', () => {
    expect(searchNodes(doc, 'greet', 'main').map((m) => m.nodeId)).toEqual(['greet']);
    expect(searchNodes(doc, '欢迎', 'main')[0]?.excerpt).toBe('欢迎光临');
    expect(searchNodes(doc, 'ASK', 'main').map((m) => m.nodeId)).toEqual(['ask-order']);
    expect(searchNodes(doc, 'Message', 'main').map((m) => m.nodeId)).toEqual(['greet']);
    const refund = searchNodes(doc, 'refund', 'main');
    expect(refund).toEqual([
      expect.objectContaining({ flowId: 'refunds', flowName: 'Refunds', nodeId: 'ask-order' }),
    ]);
    expect(searchNodes(doc, '  ', 'main')).toEqual([]);
  });

  it('lists the open flow first', () => {
    const all = searchNodes(doc, 'e', 'refunds').map((m) => m.flowId);
    expect(all[0]).toBe('refunds');
  });
});
