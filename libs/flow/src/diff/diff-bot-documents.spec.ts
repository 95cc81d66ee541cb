import fc from 'fast-check';
import type { BotDocument, BotDocumentInput } from '../document/bot-document.schema';
import type { Flow } from '../document/graph.schema';
import { parseBotDocument } from '../parse/parse-bot-document';
import { edge, node, sampleBot } from '../testing/sample-bot';
import { prototypeNames, validBotArbitrary } from '../testing/valid-bot.arbitrary';
import type { BotDiff, FlowDiff } from './bot-diff';
import { diffBotDocuments } from './diff-bot-documents';

/** A parsed document (defaults filled in), as the API and the studio hold them. */
function parsed(input: BotDocumentInput): BotDocument {
  const result = parseBotDocument(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.problems)}`);
  return result.doc;
}

/** The sample bot, and a copy changed by `change`. */
function sampleAnd(change: (doc: BotDocument) => void): [BotDocument, BotDocument] {
  const before = parsed(sampleBot());
  const after = structuredClone(before);
  change(after);
  return [before, after];
}

function flow(doc: BotDocument, id: string): Flow {
  const found = doc.flows.find((f) => f.id === id);
  if (!found) throw new Error(`no flow ${id}`);
  return found;
}

function nodeData(doc: BotDocument, flowId: string, nodeId: string): Record<string, unknown> {
  const found = flow(doc, flowId).nodes.find((n) => n.id === nodeId);
  if (!found) throw new Error(`no node ${nodeId}`);
  return found.data;
}

const noItems = { added: [], removed: [], changed: [] };
const emptyDiff: BotDiff = {
  empty: true,
  document: [],
  settings: [],
  variables: noItems,
  intents: noItems,
  entities: noItems,
  flows: [],
};

/** Deep-freezes a value, so a diff that writes to its input throws. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

describe('diffBotDocuments', () => {
  it('reports exactly a known set of changes', () => {
    const [before, after] = sampleAnd((doc) => {
      const main = flow(doc, 'main');
      main.nodes.push(node('confirm', 'message', { text: 'Anything else?' }));
      main.edges.push(edge('report', 'next', 'confirm', 'report-next-confirm'));
      main.nodes = main.nodes.filter((n) => n.id !== 'sorry');
      main.edges = main.edges.filter((e) => e.id !== 'sorry-next-bye');
      const fallback = main.edges.find((e) => e.id === 'classify-fallback-sorry');
      if (fallback) fallback.target = 'to-agent';
      const text = nodeData(doc, 'main', 'welcome').text as Record<string, string>;
      text.en = 'Hello {{ vars.customer }}!';
      const moved = flow(doc, 'agent').nodes.find((n) => n.id === 'handing-over');
      if (moved) moved.position = { x: 120, y: 0 };
      doc.settings.nluConfidenceThreshold = 0.8;
      doc.settings.fallbackMessage = { en: "Sorry, I didn't get that.", 'zh-CN': '请再说一遍。' };
      doc.variables.push({ name: 'email', type: 'string', scope: 'contact' });
    });

    expect(diffBotDocuments(before, after)).toEqual({
      empty: false,
      document: [],
      settings: [
        { path: 'fallbackMessage["zh-CN"]', before: '抱歉，我没有理解。', after: '请再说一遍。' },
        { path: 'nluConfidenceThreshold', before: 0.7, after: 0.8 },
      ],
      variables: { added: ['email'], removed: [], changed: [] },
      intents: noItems,
      entities: noItems,
      flows: [
        {
          flowId: 'agent',
          change: 'changed',
          nodes: {
            added: [],
            removed: [],
            changed: [{ id: 'handing-over', paths: ['position.x'], movedOnly: true }],
          },
          edges: noItems,
          fields: [],
        },
        {
          flowId: 'main',
          change: 'changed',
          nodes: {
            added: ['confirm'],
            removed: ['sorry'],
            changed: [{ id: 'welcome', paths: ['data.text.en'], movedOnly: false }],
          },
          edges: {
            added: ['report-next-confirm'],
            removed: ['sorry-next-bye'],
            changed: [{ id: 'classify-fallback-sorry', paths: ['target'] }],
          },
          fields: [],
        },
      ],
    } satisfies BotDiff);
  });

  it('finds nothing between a document and itself or a copy of it', () => {
    const doc = parsed(sampleBot());
    expect(diffBotDocuments(doc, doc)).toEqual(emptyDiff);
    expect(diffBotDocuments(doc, structuredClone(doc))).toEqual(emptyDiff);
  });

  it('ignores the order of nodes, edges, variables, intents, entities and object keys', () => {
    const [before, after] = sampleAnd((doc) => {
      for (const f of doc.flows) {
        f.nodes.reverse();
        f.edges.reverse();
      }
      doc.variables.reverse();
      doc.intents.reverse();
      doc.entities.reverse();
      const welcome = nodeData(doc, 'main', 'welcome');
      welcome.text = { 'zh-CN': '您好 {{ vars.customer }}！', en: 'Hi {{ vars.customer }}!' };
    });
    expect(diffBotDocuments(before, after)).toEqual(emptyDiff);
  });

  it('treats an absent optional field and one holding undefined as the same', () => {
    const [before, after] = sampleAnd((doc) => {
      doc.description = undefined;
      doc.settings.llmPersona = undefined;
    });
    expect(diffBotDocuments(before, after).empty).toBe(true);
  });

  it('never changes its inputs', () => {
    const [before, after] = sampleAnd((doc) => {
      doc.name = 'Renamed';
      flow(doc, 'main').nodes.pop();
    });
    const snapshot = structuredClone([before, after]);
    expect(() => diffBotDocuments(frozen(before), frozen(after))).not.toThrow();
    expect([before, after]).toEqual(snapshot);
  });

  it('lists every node and edge of an added or a removed flow', () => {
    const [before, after] = sampleAnd((doc) => {
      doc.flows = doc.flows.filter((f) => f.id !== 'lookup');
      doc.flows.push({
        id: 'billing',
        name: 'Billing',
        parameters: [],
        returns: [],
        nodes: [node('start', 'start'), node('bye', 'end')],
        edges: [edge('start', 'next', 'bye', 'e1')],
      });
    });
    const diff = diffBotDocuments(before, after);
    expect(diff.flows).toEqual([
      {
        flowId: 'billing',
        change: 'added',
        nodes: { added: ['bye', 'start'], removed: [], changed: [] },
        edges: { added: ['e1'], removed: [], changed: [] },
        fields: [],
      },
      {
        flowId: 'lookup',
        change: 'removed',
        nodes: { added: [], removed: ['done', 'set-status', 'start'], changed: [] },
        edges: {
          added: [],
          removed: ['set-status-next-done', 'start-next-set-status'],
          changed: [],
        },
        fields: [],
      },
    ] satisfies FlowDiff[]);
    // Flows present on both sides kept their order and the entry flow is still "main".
    expect(diff.document).toEqual([]);
  });

  it('names changed flow-level fields without listing the flow as re-created', () => {
    const [before, after] = sampleAnd((doc) => {
      const lookup = flow(doc, 'lookup');
      lookup.name = 'Find an order';
      lookup.parameters.push({ name: 'email', type: 'string', required: false });
    });
    expect(diffBotDocuments(before, after).flows).toEqual([
      {
        flowId: 'lookup',
        change: 'changed',
        nodes: noItems,
        edges: noItems,
        fields: ['name', 'parameters'],
      },
    ]);
  });

  it('reports top-level fields whole, and a new entry flow as the flows order', () => {
    const [before, after] = sampleAnd((doc) => {
      doc.name = 'Orders';
      doc.description = 'Tracks orders';
      doc.locales = ['en'];
      doc.flows.reverse();
    });
    expect(diffBotDocuments(before, after).document).toEqual([
      { path: 'description', before: undefined, after: 'Tracks orders' },
      { path: 'flows', before: ['main', 'lookup', 'agent'], after: ['agent', 'lookup', 'main'] },
      { path: 'locales', before: ['en', 'zh-CN'], after: ['en'] },
      { path: 'name', before: 'Order status', after: 'Orders' },
    ]);
  });

  it('does not report the flows order when a flow is only added at the end', () => {
    const [before, after] = sampleAnd((doc) => {
      doc.flows.push({ ...structuredClone(flow(doc, 'agent')), id: 'agent2' });
    });
    const diff = diffBotDocuments(before, after);
    expect(diff.document).toEqual([]);
    expect(diff.flows.map((f) => [f.flowId, f.change])).toEqual([['agent2', 'added']]);
  });

  it('reports the flows order when a new flow becomes the entry flow, or flows swap places', () => {
    const [before, after] = sampleAnd((doc) => {
      doc.flows.unshift({ ...structuredClone(flow(doc, 'agent')), id: 'greeting' });
    });
    expect(diffBotDocuments(before, after).document).toEqual([
      {
        path: 'flows',
        before: ['main', 'lookup', 'agent'],
        after: ['greeting', 'main', 'lookup', 'agent'],
      },
    ]);
    const [was, now] = sampleAnd((doc) => {
      doc.flows = [flow(doc, 'main'), flow(doc, 'agent'), flow(doc, 'lookup')];
    });
    expect(diffBotDocuments(was, now)).toEqual({
      ...emptyDiff,
      empty: false,
      document: [
        { path: 'flows', before: ['main', 'lookup', 'agent'], after: ['main', 'agent', 'lookup'] },
      ],
    });
  });

  it('matches variables, intents and entities by name', () => {
    const [before, after] = sampleAnd((doc) => {
      doc.variables = doc.variables.map((v) =>
        v.name === 'status' ? { ...v, type: 'object' as const } : v,
      );
      doc.intents = doc.intents.filter((i) => i.name !== 'talk_to_agent');
      doc.intents.push({ name: 'refund', utterances: { en: ['money back'] } });
      doc.entities = [{ kind: 'regex', name: 'order_number', pattern: '^[A-Z]{3}\\d{6}$' }];
    });
    const diff = diffBotDocuments(before, after);
    expect([diff.variables, diff.intents, diff.entities]).toEqual([
      { added: [], removed: [], changed: ['status'] },
      { added: ['refund'], removed: ['talk_to_agent'], changed: [] },
      { added: [], removed: [], changed: ['order_number'] },
    ]);
    expect(diff.flows).toEqual([]);
    expect(diff.empty).toBe(false);
  });

  it('goes into arrays of the same length, and reports an array whose length changed whole', () => {
    const [before, after] = sampleAnd((doc) => {
      const check = nodeData(doc, 'main', 'check');
      check.branches = [{ id: 'valid', label: 'Valid', when: '$length(vars.order_id) = 9' }];
      const lookup = nodeData(doc, 'lookup', 'set-status');
      lookup.assignments = [
        { variable: 'status', value: '"shipped"' },
        { variable: 'status', value: '"late"' },
      ];
      const classify = flow(doc, 'main').nodes.find((n) => n.id === 'classify');
      if (classify) {
        classify.type = 'llm';
        classify.position.y = 40;
      }
    });
    const changed = diffBotDocuments(before, after).flows.map((f) => [f.flowId, f.nodes.changed]);
    expect(changed).toEqual([
      ['lookup', [{ id: 'set-status', paths: ['data.assignments'], movedOnly: false }]],
      [
        'main',
        [
          { id: 'check', paths: ['data.branches[0].when'], movedOnly: false },
          { id: 'classify', paths: ['position.y', 'type'], movedOnly: false },
        ],
      ],
    ]);
  });

  it('reports a value that changed type, or appeared, at its own path', () => {
    const [before, after] = sampleAnd((doc) => {
      nodeData(doc, 'main', 'welcome').text = 'Hi!';
      nodeData(doc, 'main', 'report').buttons = [{ label: 'Again' }];
      doc.settings.llmPersona = 'Friendly';
    });
    const diff = diffBotDocuments(before, after);
    expect(diff.flows[0]?.nodes.changed).toEqual([
      { id: 'report', paths: ['data.buttons'], movedOnly: false },
      { id: 'welcome', paths: ['data.text'], movedOnly: false },
    ]);
    expect(diff.settings).toEqual([{ path: 'llmPersona', before: undefined, after: 'Friendly' }]);
  });

  it('handles ids and keys named like Object.prototype members', () => {
    const build = (text: string): BotDocument =>
      parsed({
        ...sampleBot(),
        flows: [
          {
            id: 'constructor',
            name: 'Main',
            nodes: [
              node('__proto__', 'start'),
              node('toString', 'message', { text: { en: text } }),
              node('hasOwnProperty', 'end'),
            ],
            edges: [
              edge('__proto__', 'next', 'toString', 'valueOf'),
              edge('toString', 'next', 'hasOwnProperty', 'prototype'),
            ],
          },
        ],
      });
    expect(diffBotDocuments(build('a'), build('a')).empty).toBe(true);
    expect(diffBotDocuments(build('a'), build('b')).flows).toEqual([
      {
        flowId: 'constructor',
        change: 'changed',
        nodes: {
          added: [],
          removed: [],
          changed: [{ id: 'toString', paths: ['data.text.en'], movedOnly: false }],
        },
        edges: noItems,
        fields: [],
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('sees a change to the second of two nodes sharing an id (a draft may hold duplicates)', () => {
    const [before, after] = sampleAnd((doc) => {
      flow(doc, 'agent').nodes.push(node('end', 'end', { resolved: true }));
    });
    const changedAgain = structuredClone(after);
    const second = flow(changedAgain, 'agent').nodes.filter((n) => n.id === 'end')[1];
    if (second) second.data.resolved = false;

    expect(diffBotDocuments(before, after).flows[0]?.nodes).toEqual({
      added: ['end'],
      removed: [],
      changed: [],
    });
    expect(diffBotDocuments(after, changedAgain).flows[0]?.nodes).toEqual({
      added: [],
      removed: [],
      changed: [{ id: 'end', paths: ['data.resolved'], movedOnly: false }],
    });
  });
});

/** The diff from the other side: added and removed swap, before and after swap. */
function mirrored(diff: BotDiff): BotDiff {
  const swap = <T extends { added: string[]; removed: string[] }>(items: T): T => ({
    ...items,
    added: items.removed,
    removed: items.added,
  });
  const flip = (changes: BotDiff['settings']) =>
    changes.map(({ path, before, after }) => ({ path, before: after, after: before }));
  return {
    ...diff,
    document: flip(diff.document),
    settings: flip(diff.settings),
    variables: swap(diff.variables),
    intents: swap(diff.intents),
    entities: swap(diff.entities),
    flows: diff.flows.map((f) => ({
      ...f,
      change: f.change === 'added' ? 'removed' : f.change === 'removed' ? 'added' : 'changed',
      nodes: swap(f.nodes),
      edges: swap(f.edges),
    })),
  };
}

describe('diffBotDocuments, property-based', () => {
  const validDoc = validBotArbitrary.map(parsed);

  it('finds nothing between any valid document and itself or a copy of it', () => {
    fc.assert(
      fc.property(validDoc, (doc) => {
        expect(diffBotDocuments(doc, doc)).toEqual(emptyDiff);
        expect(diffBotDocuments(doc, structuredClone(doc))).toEqual(emptyDiff);
      }),
    );
  });

  it('gives the mirror image when the two documents swap places', () => {
    fc.assert(
      fc.property(validDoc, validDoc, (a, b) => {
        expect(diffBotDocuments(b, a)).toEqual(mirrored(diffBotDocuments(a, b)));
      }),
    );
  });

  it('reports a changed setting in any node exactly, and nothing else', () => {
    const change = fc.record({
      doc: validDoc,
      flowPick: fc.nat(),
      nodePick: fc.nat(),
      key: fc.constantFrom('extra', ...prototypeNames),
      value: fc.jsonValue({ maxDepth: 2 }),
    });
    fc.assert(
      fc.property(change, ({ doc, flowPick, nodePick, key, value }) => {
        const after = structuredClone(doc);
        const target = after.flows[flowPick % after.flows.length];
        const changedNode = target?.nodes[nodePick % target.nodes.length];
        if (!target || !changedNode) throw new Error('the arbitrary gives flows with nodes');
        // A JSON value, as stored: assigning `__proto__` with `=` would set the prototype instead.
        Object.defineProperty(changedNode.data, key, { value, enumerable: true, writable: true });
        const diff = diffBotDocuments(doc, after);
        expect(diff).toEqual({
          ...emptyDiff,
          empty: false,
          flows: [
            {
              flowId: target.id,
              change: 'changed',
              nodes: {
                added: [],
                removed: [],
                changed: [{ id: changedNode.id, paths: [`data.${key}`], movedOnly: false }],
              },
              edges: noItems,
              fields: [],
            },
          ],
        });
      }),
    );
  });
});
