import { describe, expect, it } from 'vitest';
import type { DraftDocument, DraftFlow } from '../../draft/draft-document';
import { clipboardFormat, copyNodes, parseClipboard } from './clipboard-payload';
import { pasteNodes, pasteStep } from './paste-nodes';

const source: DraftFlow = {
  id: 'main',
  name: 'Main',
  nodes: [
    { id: 'start', type: 'start', position: { x: 0, y: 0 }, data: {} },
    { id: 'ask-1', type: 'ask', position: { x: 100, y: 50 }, data: { question: { en: 'Order?' } } },
    { id: 'message-1', type: 'message', position: { x: 400, y: 50 }, data: { text: 'Hi' } },
    { id: 'end-1', type: 'end', position: { x: 700, y: 50 }, data: {} },
  ],
  edges: [
    { id: 'edge-1', source: 'start', sourceHandle: 'next', target: 'ask-1' },
    { id: 'edge-2', source: 'ask-1', sourceHandle: 'next', target: 'message-1' },
    { id: 'edge-3', source: 'message-1', sourceHandle: 'next', target: 'end-1' },
  ],
};
const doc: DraftDocument = {
  defaultLocale: 'en',
  locales: ['en'],
  variables: [],
  intents: [],
  entities: [],
  flows: [source, { id: 'other', name: 'Other', nodes: [], edges: [] }],
};

describe('copying nodes', () => {
  it('keeps only the edges between copied nodes', () => {
    const payload = copyNodes(source, ['ask-1', 'message-1']);
    expect(payload?.format).toBe(clipboardFormat);
    expect(payload?.nodes.map((node) => node.id)).toEqual(['ask-1', 'message-1']);
    expect(payload?.edges.map((edge) => edge.id)).toEqual(['edge-2']);
  });

  it('copies nothing without a selection, and reads back only its own format', () => {
    expect(copyNodes(source, [])).toBeNull();
    const payload = copyNodes(source, ['ask-1']);
    expect(parseClipboard(JSON.stringify(payload))).toEqual(payload);
    expect(parseClipboard('hello')).toBeNull();
    expect(parseClipboard(JSON.stringify({ ...payload, version: 99 }))).toBeNull();
    expect(parseClipboard(JSON.stringify({ format: 'other', nodes: [] }))).toBeNull();
  });
});

describe('pasting nodes', () => {
  it('gives new ids, re-points the copied edges at them, and selects them', () => {
    const payload = copyNodes(source, ['ask-1', 'message-1', 'end-1']);
    if (payload === null) throw new Error('nothing copied');
    const { document, nodeIds } = pasteNodes(doc, 'main', payload, {
      offset: { x: pasteStep, y: pasteStep },
    });
    expect(nodeIds).toEqual(['ask-2', 'message-2', 'end-2']);
    const flow = document.flows[0];
    expect(flow?.nodes).toHaveLength(7);
    expect(flow?.nodes.find((node) => node.id === 'ask-2')?.position).toEqual({ x: 140, y: 90 });
    expect(flow?.nodes.find((node) => node.id === 'ask-2')?.data).toEqual({
      question: { en: 'Order?' },
    });
    const pasted = flow?.edges.slice(3);
    expect(pasted).toEqual([
      { id: 'edge-4', source: 'ask-2', sourceHandle: 'next', target: 'message-2' },
      { id: 'edge-5', source: 'message-2', sourceHandle: 'next', target: 'end-2' },
    ]);
    // The original stays untouched.
    expect(document.flows[0]?.edges.slice(0, 3)).toEqual(source.edges);
  });

  it('places the copy at a point and never exactly over an earlier copy', () => {
    const payload = copyNodes(source, ['ask-1', 'message-1']);
    if (payload === null) throw new Error('nothing copied');
    const first = pasteNodes(doc, 'other', payload, { at: { x: 10, y: 20 } });
    const positions = first.document.flows[1]?.nodes.map((node) => node.position);
    expect(positions).toEqual([
      { x: 10, y: 20 },
      { x: 310, y: 20 },
    ]);
    const second = pasteNodes(first.document, 'other', payload, { at: { x: 10, y: 20 } });
    expect(second.document.flows[1]?.nodes[2]?.position).toEqual({ x: 50, y: 60 });
  });

  it('leaves out a copied start node when the flow has one, with its edges', () => {
    const payload = copyNodes(source, ['start', 'ask-1']);
    if (payload === null) throw new Error('nothing copied');
    const { document, nodeIds } = pasteNodes(doc, 'main', payload, { offset: { x: 40, y: 40 } });
    expect(nodeIds).toEqual(['ask-2']);
    expect(document.flows[0]?.nodes.filter((node) => node.type === 'start')).toHaveLength(1);
    expect(document.flows[0]?.edges).toHaveLength(3);
  });

  it('keeps a copied start node in a flow that has none', () => {
    const payload = copyNodes(source, ['start', 'ask-1']);
    if (payload === null) throw new Error('nothing copied');
    const { document, nodeIds } = pasteNodes(doc, 'other', payload, { at: { x: 0, y: 0 } });
    expect(nodeIds).toEqual(['start-1', 'ask-1']);
    expect(document.flows[1]?.edges).toEqual([
      { id: 'edge-1', source: 'start-1', sourceHandle: 'next', target: 'ask-1' },
    ]);
  });

  it('changes nothing when only a start node would be pasted next to another', () => {
    const payload = copyNodes(source, ['start']);
    if (payload === null) throw new Error('nothing copied');
    const result = pasteNodes(doc, 'main', payload, { offset: { x: 40, y: 40 } });
    expect(result.document).toBe(doc);
    expect(result.nodeIds).toEqual([]);
  });
});
