/**
 * Broken variants of `sampleBot()` that, between them, make every message the
 * validator writes after parsing: the message catalogue specs run them in each
 * language, so a message left out of a catalogue shows up as untranslated text.
 */
import { z } from 'zod';
import type { NodeCatalogContract, NodeKindContract } from '../catalog-contract';
import type { BotDocumentInput } from '../document/bot-document.schema';
import { edge, node, sampleBot } from './sample-bot';
import { testCatalog } from './test-catalog';
import { flowAt, nodeById } from './validate-sample';

export interface BrokenBot {
  readonly name: string;
  readonly doc: unknown;
  readonly catalog: NodeCatalogContract;
}

export const brokenBots: readonly BrokenBot[] = [
  broken('duplicates', (bot) => {
    bot.flows.push({ ...flowAt(bot, 2) });
    bot.variables?.push({ name: 'status', type: 'string' });
    bot.intents?.push({ name: 'track_order', utterances: { en: ['where'] } });
    bot.entities?.push({ kind: 'regex', name: 'order_number', pattern: 'x' });
    bot.tests = [
      { name: 't', turns: [{ say: 'hi' }] },
      { name: 't', turns: [{ say: 'hi' }] },
    ];
    const lookup = flowAt(bot, 1);
    lookup.nodes.push(node('done', 'end', { ends: 'flow' }));
    lookup.edges.push(edge('start', 'next', 'set-status'));
    lookup.parameters?.push({ name: 'order_id', type: 'string' });
    lookup.returns?.push({ name: 'status', type: 'string' });
  }),
  broken('locales', (bot) => {
    bot.defaultLocale = 'fr';
    bot.settings = { fallbackMessage: { en: 'Sorry', zh: '抱歉' } };
    const intent = bot.intents?.[0];
    if (intent !== undefined) intent.utterances = { en: ['where'], 'zh-TW': ['哪裡'] };
    bot.entities = [
      { kind: 'list', name: 'colour', values: [{ value: 'red', synonyms: { de: ['rot'] } }] },
    ];
    nodeById(bot, 0, 'welcome').data = { text: { en: 'Hi', zh: '您好' } };
  }),
  broken('starts and kinds', (bot) => {
    const agent = flowAt(bot, 2);
    agent.nodes = agent.nodes.filter((n) => n.id !== 'start');
    flowAt(bot, 1).nodes.push(node('second-start', 'start'));
    flowAt(bot, 0).nodes.push(node('mystery', 'teleport'));
  }),
  broken('settings', (bot) => {
    nodeById(bot, 0, 'ask-order').data = { question: 42, variable: 'order_id', timeoutSeconds: 1 };
    nodeById(bot, 0, 'bye').data = { ends: 'sometimes' };
  }),
  broken('edges', (bot) => {
    const main = flowAt(bot, 0);
    main.edges.push(edge('ghost', 'next', 'bye', 'e-ghost'));
    main.edges.push(edge('sorry', 'next', 'n99', 'e-nowhere'));
    main.edges.push(edge('classify', 'refund', 'bye', 'e-refund'));
    main.edges.push(edge('bye', 'next', 'start', 'e-after-end'));
    main.edges = main.edges.filter((e) => e.id !== 'ask-order-next-check');
    flowAt(bot, 2).nodes.push(node('orphan', 'message', { text: 'Nobody gets here' }));
  }),
  broken('loops', (bot) => {
    const main = flowAt(bot, 0);
    main.edges = main.edges.filter(
      (e) => e.id !== 'report-next-bye' && e.id !== 'check-else-ask-order',
    );
    main.edges.push(edge('report', 'next', 'check'), edge('check', 'else', 'report'));
    const lookup = flowAt(bot, 1);
    lookup.edges = lookup.edges.filter((e) => e.id !== 'set-status-next-done');
    lookup.edges.push(edge('set-status', 'next', 'set-status'));
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const agent = flowAt(bot, 2);
    for (const id of many) agent.nodes.push(node(id, 'message', { text: id }));
    many.forEach((id, i) => agent.edges.push(edge(id, 'next', many[(i + 1) % many.length] ?? 'a')));
    agent.edges.push(edge('handing-over', 'next', 'a', 'to-loop'));
    agent.edges = agent.edges.filter((e) => e.id !== 'handing-over-next-end');
  }),
  broken('fields', (bot) => {
    nodeById(bot, 1, 'set-status').data = {
      assignments: [
        { variable: 'status', value: '"shipped" &' },
        { variable: 'nope', value: 'vars.missing' },
      ],
    };
    nodeById(bot, 0, 'welcome').data = { text: { en: 'Hi {{ vars.customer', 'zh-CN': '您好' } };
    nodeById(bot, 0, 'report').data = { text: 'Order {{ vars.order }}' };
    nodeById(bot, 0, 'call-lookup').data = { flowId: 'nowhere' };
    nodeById(bot, 0, 'to-agent').data = { flowId: 'elsewhere' };
    nodeById(bot, 0, 'classify').data = {
      intents: ['track_order', 'cancel_order'],
      entities: [{ entity: 'colour', variable: 'order_id' }],
    };
  }),
  broken('conversation tests', (bot) => {
    bot.tests = [
      {
        name: 'stale',
        locale: 'fr',
        vars: { ghost: 1 },
        turns: [{ say: 'hi', expect: { node: 'nowhere', vars: { phantom: 'x' } } }],
      },
    ];
  }),
  broken('kind rules', () => undefined, catalogWith({ end: kindRuleEnd() })),
  broken(
    'failing kinds',
    () => undefined,
    catalogWith({
      message: { ...testKind('message'), outcomes: throwing('outcomes') },
      jump: { ...testKind('jump'), check: throwing('check') },
    }),
  ),
  // Object.keys on the catalog fails: the node kinds check stops, the others run.
  broken(
    'failing check',
    () => undefined,
    new Proxy<NodeCatalogContract>({ ...testCatalog }, { ownKeys: throwing('the catalog') }),
  ),
  // Every lookup in the catalog fails: validation stops at once.
  broken(
    'failing catalog',
    () => undefined,
    new Proxy<NodeCatalogContract>(
      {},
      { getOwnPropertyDescriptor: throwing('the catalog'), ownKeys: throwing('the catalog') },
    ),
  ),
];

/** The sample bot after `change`, checked against `catalog`. */
function broken(
  name: string,
  change: (bot: BotDocumentInput) => void,
  catalog: NodeCatalogContract = testCatalog,
): BrokenBot {
  const doc = sampleBot();
  change(doc);
  return { name, doc, catalog };
}

function throwing(what: string): () => never {
  return () => {
    throw new Error(`${what} exploded`);
  };
}

/** The test catalog with some kinds replaced. */
function catalogWith(changes: Readonly<Record<string, NodeKindContract>>): NodeCatalogContract {
  return { ...testCatalog, ...changes };
}

function testKind(type: string): NodeKindContract {
  const kind = testCatalog[type];
  if (kind === undefined) throw new Error(`the test catalog has no ${type} kind`);
  return kind;
}

/** An end kind with rules of its own: one about a field, one about the whole node. */
function kindRuleEnd(): NodeKindContract {
  return {
    settingsSchema: z.object({ ends: z.string().default('conversation') }),
    outcomes: () => [],
    waitsForInput: () => false,
    check: () => [
      { code: 'kind-rule', path: ['ends'], message: 'ends must be "flow" here' },
      { code: 'kind-rule', path: [], message: 'this end is never used.' },
    ],
  };
}
