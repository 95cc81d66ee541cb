import { describe, expect, it } from 'vitest';
import { addFlow, connect, moveNodes, newNodeId, removeElements } from './document-edits';
import { parseDraftDocument, type DraftDocument } from './draft-document';
import { sampleDraft } from './testing/memory-draft-api';

function sample(): DraftDocument {
  const parsed = parseDraftDocument(sampleDraft());
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.document;
}

const withAsk = (): DraftDocument => {
  const doc = sample();
  const flow = doc.flows[0];
  if (!flow) throw new Error('no flow');
  const ask = { id: 'ask-1', type: 'ask', position: { x: 0, y: 100 }, data: {} };
  return { ...doc, flows: [{ ...flow, nodes: [...flow.nodes, ask] }] };
};

describe('document edits', () => {
  it('connects an outcome once: a new edge from the same outcome replaces the old one', () => {
    let doc = connect(withAsk(), 'main', {
      source: 'start',
      sourceHandle: 'next',
      target: 'ask-1',
    });
    doc = connect(doc, 'main', { source: 'start', sourceHandle: 'next', target: 'start' });
    expect(doc.flows[0]?.edges).toEqual([
      { id: 'edge-2', source: 'start', sourceHandle: 'next', target: 'start' },
    ]);
  });

  it('removes the edges of a removed node with it', () => {
    const connected = connect(withAsk(), 'main', {
      source: 'start',
      sourceHandle: 'next',
      target: 'ask-1',
    });
    const doc = removeElements(connected, 'main', ['ask-1'], []);
    expect(doc.flows[0]?.nodes.map((node) => node.id)).toEqual(['start']);
    expect(doc.flows[0]?.edges).toEqual([]);
  });

  it('leaves the document untouched (same object) when nothing changes', () => {
    const doc = sample();
    expect(moveNodes(doc, 'main', new Map())).toBe(doc);
    expect(removeElements(doc, 'main', [], [])).toBe(doc);
    expect(moveNodes(doc, 'elsewhere', new Map([['start', { x: 1, y: 1 }]]))).toBe(doc);
  });

  it('keeps fields it does not know when editing', () => {
    const doc = { ...withAsk(), knowledgeBase: { articles: 3 } };
    const moved = moveNodes(doc, 'main', new Map([['ask-1', { x: 5, y: 6 }]]));
    expect(moved.knowledgeBase).toEqual({ articles: 3 });
  });

  it('names new nodes and flows after the ones already there', () => {
    const doc = withAsk();
    const flow = doc.flows[0];
    if (!flow) throw new Error('no flow');
    expect(newNodeId(flow, 'ask')).toBe('ask-2');
    const { document, flowId } = addFlow(doc, 'Returns');
    expect(flowId).toBe('flow-1');
    expect(document.flows[1]?.nodes).toEqual([
      { id: 'start', type: 'start', position: { x: 0, y: 0 }, data: {} },
    ]);
  });
});
