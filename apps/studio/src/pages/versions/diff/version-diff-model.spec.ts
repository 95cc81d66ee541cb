import { type BotDocument, diffBotDocuments, parseBotDocument } from '@parley/flow';
import { describe, expect, it } from 'vitest';
import { readDiffDocument } from './diff-document';
import { buildVersionDiff, changeCount } from './version-diff-model';
import { pathKeys, readPath } from './read-path';

/** A small shop bot: start → welcome (message) → ask → end. */
function version1(): Record<string, unknown> {
  return {
    schemaVersion: 2,
    id: 'shop',
    name: 'Shop',
    defaultLocale: 'en',
    locales: ['en', 'zh-CN'],
    variables: [{ name: 'reply', type: 'string', scope: 'conversation' }],
    flows: [
      {
        id: 'main',
        name: 'Main',
        nodes: [
          { id: 'start', type: 'start', position: { x: 0, y: 0 }, data: {} },
          {
            id: 'welcome',
            type: 'message',
            position: { x: 0, y: 120 },
            data: { text: { en: 'Hello!', 'zh-CN': '你好！' } },
          },
          {
            id: 'sorry',
            type: 'message',
            position: { x: 300, y: 120 },
            data: { text: { en: 'Sorry' } },
          },
          { id: 'bye', type: 'end', position: { x: 0, y: 240 }, data: { status: 'resolved' } },
        ],
        edges: [
          { id: 'start-welcome', source: 'start', sourceHandle: 'next', target: 'welcome' },
          { id: 'welcome-bye', source: 'welcome', sourceHandle: 'next', target: 'bye' },
          { id: 'sorry-bye', source: 'sorry', sourceHandle: 'next', target: 'bye' },
        ],
      },
    ],
  };
}

function parsed(input: unknown): BotDocument {
  const result = parseBotDocument(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.doc;
}

/** Version 1, and version 2 made from it by `change`; with the diff the server would send. */
function versions(change: (doc: BotDocument) => void) {
  const older = parsed(version1());
  const newer = structuredClone(older);
  change(newer);
  return buildVersionDiff(
    readDiffDocument(older),
    readDiffDocument(newer),
    diffBotDocuments(older, newer),
  );
}

function main(doc: BotDocument) {
  const flow = doc.flows[0];
  if (!flow) throw new Error('no flow');
  return flow;
}

describe('buildVersionDiff', () => {
  it('marks added, removed and changed nodes and edges of a flow', () => {
    const model = versions((doc) => {
      const flow = main(doc);
      flow.nodes = flow.nodes.filter((node) => node.id !== 'sorry');
      flow.edges = flow.edges.filter((edge) => edge.id !== 'sorry-bye');
      flow.nodes.push({
        id: 'ask-order',
        type: 'ask',
        position: { x: 0, y: 360 },
        data: { question: { en: 'Order number?' }, variable: 'reply' },
      });
      flow.edges.push({
        id: 'bye-ask',
        source: 'welcome',
        sourceHandle: 'next',
        target: 'ask-order',
      });
      flow.edges = flow.edges.filter((edge) => edge.id !== 'welcome-bye');
      const welcome = flow.nodes.find((node) => node.id === 'welcome');
      if (welcome) welcome.data = { ...welcome.data, text: { en: 'Hi there!', 'zh-CN': '你好！' } };
      const start = flow.nodes.find((node) => node.id === 'start');
      if (start) start.position = { x: 40, y: 0 };
    });
    const [flow] = model.flows;
    const status = (id: string) => flow?.nodes.find((node) => node.id === id)?.status;
    const edgeStatus = (id: string) => flow?.edges.find((edge) => edge.id === id)?.status;
    expect(flow?.status).toBe('changed');
    expect(status('ask-order')).toBe('added');
    expect(status('sorry')).toBe('removed');
    expect(status('welcome')).toBe('changed');
    expect(status('start')).toBe('moved');
    expect(status('bye')).toBe('unchanged');
    expect(edgeStatus('bye-ask')).toBe('added');
    expect(edgeStatus('sorry-bye')).toBe('removed');
    expect(edgeStatus('welcome-bye')).toBe('removed');
    expect(edgeStatus('start-welcome')).toBe('unchanged');
    // Removed nodes come back from the older version, where they were.
    expect(flow?.nodes.find((node) => node.id === 'sorry')?.position).toEqual({ x: 300, y: 120 });
    expect(flow && changeCount(flow)).toBe(7);
  });

  it('lists the changed settings of a node with their values before and after', () => {
    const model = versions((doc) => {
      const welcome = main(doc).nodes.find((node) => node.id === 'welcome');
      if (welcome) welcome.data = { ...welcome.data, text: { en: 'Hi!', 'zh-CN': '您好！' } };
    });
    const welcome = model.flows[0]?.nodes.find((node) => node.id === 'welcome');
    expect(welcome?.changes).toEqual([
      { path: 'text.en', before: 'Hello!', after: 'Hi!' },
      { path: 'text["zh-CN"]', before: '你好！', after: '您好！' },
    ]);
  });

  it('marks an edge whose target changed', () => {
    const model = versions((doc) => {
      const edge = main(doc).edges.find((candidate) => candidate.id === 'welcome-bye');
      if (edge) edge.target = 'sorry';
    });
    expect(model.flows[0]?.edges.find((edge) => edge.id === 'welcome-bye')?.status).toBe('changed');
  });

  it('keeps bot-level changes: settings, variables and intents', () => {
    const model = versions((doc) => {
      doc.settings.nluConfidenceThreshold = 0.9;
      doc.variables.push({ name: 'region', type: 'string', scope: 'bot', default: 'eu' });
      doc.intents.push({ name: 'track_order', utterances: { en: ['where is my order'] } });
    });
    expect(model.empty).toBe(false);
    expect(model.settings).toEqual([
      expect.objectContaining({ path: 'nluConfidenceThreshold', after: 0.9 }),
    ]);
    expect(model.variables.added).toEqual(['region']);
    expect(model.intents.added).toEqual(['track_order']);
    expect(model.flows[0]?.status).toBe('unchanged');
  });

  it('draws a removed flow with every node removed', () => {
    const model = versions((doc) => {
      doc.flows = [{ ...main(doc), id: 'other', name: 'Other' }];
    });
    expect(model.flows.map((flow) => [flow.id, flow.status])).toEqual([
      ['other', 'added'],
      ['main', 'removed'],
    ]);
    expect(model.flows[1]?.nodes.every((node) => node.status === 'removed')).toBe(true);
    expect(model.flows[0]?.nodes.every((node) => node.status === 'added')).toBe(true);
  });
});

describe('readPath', () => {
  it('reads the paths the diff writes', () => {
    expect(pathKeys('data.text["zh-CN"]')).toEqual(['data', 'text', 'zh-CN']);
    expect(pathKeys('branches[0].when')).toEqual(['branches', 0, 'when']);
    const node = { data: { branches: [{ when: 'x > 1' }], text: { 'zh-CN': '好' } } };
    expect(readPath(node, 'data.branches[0].when')).toBe('x > 1');
    expect(readPath(node, 'data.text["zh-CN"]')).toBe('好');
    expect(readPath(node, 'data.missing.deep')).toBeUndefined();
  });
});
