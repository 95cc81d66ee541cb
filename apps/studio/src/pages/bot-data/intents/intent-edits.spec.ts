import { describe, expect, it } from 'vitest';
import { shopDocument } from '../testing-document';
import { renameIntent, setUtterances } from './intent-edits';

describe('intent edits', () => {
  it('renames an intent with the intent nodes and edges that route on it', () => {
    const doc = renameIntent(shopDocument(), 'track_order', 'order_status');
    expect(doc.intents.map((intent) => intent.name)).toEqual(['order_status', 'return_item']);
    const flow = doc.flows[0];
    expect(flow?.nodes.find((node) => node.id === 'route')?.data).toEqual({
      intents: ['order_status', 'return_item'],
    });
    expect(flow?.edges.find((edge) => edge.id === 'e2')?.sourceHandle).toBe('order_status');
    expect(flow?.edges.find((edge) => edge.id === 'e1')?.sourceHandle).toBe('next');
  });

  it('sets the examples of one locale and drops a locale left empty', () => {
    let doc = setUtterances(shopDocument(), 'track_order', 'zh-CN', ['查一下物流', '快递到哪了']);
    expect(doc.intents[0]).toMatchObject({
      utterances: { en: ['where is my order'], 'zh-CN': ['查一下物流', '快递到哪了'] },
    });
    doc = setUtterances(doc, 'track_order', 'zh-CN', []);
    expect(doc.intents[0]).toMatchObject({ utterances: { en: ['where is my order'] } });
    expect(Object.keys(doc.intents[0]?.utterances as object)).toEqual(['en']);
  });
});
