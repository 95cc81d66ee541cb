import { describe, expect, it } from 'vitest';
import type { DraftDocument, DraftFlow } from './draft-document';
import { nodeIdIssue, renameNode } from './rename-node';

const flow = (id: string, nodeIds: string[], edges: DraftFlow['edges'] = []): DraftFlow => ({
  id,
  name: id,
  nodes: nodeIds.map((nodeId) => ({
    id: nodeId,
    type: 'message',
    position: { x: 0, y: 0 },
    data: {},
  })),
  edges,
});

function bot(flows: DraftFlow[], tests?: unknown[]): DraftDocument {
  return {
    defaultLocale: 'en',
    locales: ['en'],
    variables: [],
    intents: [],
    entities: [],
    flows,
    ...(tests ? { tests } : {}),
  };
}

const main = () =>
  flow(
    'main',
    ['start', 'ask-1', 'message-1'],
    [
      { id: 'edge-1', source: 'start', sourceHandle: 'next', target: 'ask-1' },
      { id: 'edge-2', source: 'ask-1', sourceHandle: 'next', target: 'message-1' },
      { id: 'edge-3', source: 'message-1', sourceHandle: 'next', target: 'ask-1' },
    ],
  );

describe('nodeIdIssue', () => {
  it('accepts a new unique id and the current one, and says why others are refused', () => {
    const open = main();
    expect(nodeIdIssue(open, 'ask-1', 'ask-order')).toBeNull();
    expect(nodeIdIssue(open, 'ask-1', 'ask-1')).toBeNull();
    expect(nodeIdIssue(open, 'ask-1', '')).toBe('empty');
    expect(nodeIdIssue(open, 'ask-1', 'ask order')).toBe('pattern');
    expect(nodeIdIssue(open, 'ask-1', 'x'.repeat(65))).toBe('pattern');
    expect(nodeIdIssue(open, 'ask-1', 'message-1')).toBe('taken');
  });
});

describe('renameNode', () => {
  it('renames the node and moves every edge that leaves or enters it', () => {
    const doc = renameNode(bot([main()]), 'main', 'ask-1', 'ask-order');
    const renamed = doc.flows[0];
    expect(renamed?.nodes.map((node) => node.id)).toEqual(['start', 'ask-order', 'message-1']);
    expect(renamed?.edges.map((edge) => `${edge.source}>${edge.target}`)).toEqual([
      'start>ask-order',
      'ask-order>message-1',
      'message-1>ask-order',
    ]);
  });

  it("carries the bot's conversation tests along: expected nodes and fired timers", () => {
    const tests = [
      {
        name: 'asks',
        turns: [
          { expect: { node: 'ask-1', messages: ['Hi'] } },
          { timer: 'ask-1', expect: { node: 'message-1' } },
        ],
      },
    ];
    const doc = renameNode(bot([main()], tests), 'main', 'ask-1', 'ask-order');
    expect(doc['tests']).toEqual([
      {
        name: 'asks',
        turns: [
          { expect: { node: 'ask-order', messages: ['Hi'] } },
          { timer: 'ask-order', expect: { node: 'message-1' } },
        ],
      },
    ]);
  });

  it('leaves tests alone when another flow has a node with the old id (they may mean that one)', () => {
    const tests = [{ name: 'asks', turns: [{ expect: { node: 'ask-1' } }] }];
    const doc = renameNode(bot([main(), flow('other', ['ask-1'])], tests), 'main', 'ask-1', 'q');
    expect(doc['tests']).toEqual(tests);
    expect(doc.flows[1]?.nodes.map((node) => node.id)).toEqual(['ask-1']);
  });

  it('changes nothing for an invalid, taken or unknown id', () => {
    const before = bot([main()]);
    expect(renameNode(before, 'main', 'ask-1', 'message-1')).toBe(before);
    expect(renameNode(before, 'main', 'ask-1', 'no spaces')).toBe(before);
    expect(renameNode(before, 'main', 'missing', 'found')).toBe(before);
    expect(renameNode(before, 'nowhere', 'ask-1', 'found')).toBe(before);
  });
});
