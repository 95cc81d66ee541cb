import fc from 'fast-check';
import type { BotDocumentInput } from '../document/bot-document.schema';
import type { FlowEdge, FlowNode } from '../document/graph.schema';
import { edge, node } from './sample-bot';

/** Names that are also `Object.prototype` members: valid ids and names, traps for lookups by key. */
export const prototypeNames = [
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'hasOwnProperty',
] as const;

type BodyKind = 'message' | 'ask' | 'condition' | 'set' | 'intent' | 'subflow';

interface FlowPlan {
  body: BodyKind[];
  startId: string;
  endId: string;
  branches: number;
  loopAsk: boolean;
}

/**
 * Bot documents that are valid against `testCatalog` (`validateBot` finds nothing):
 * each flow is a chain start → body nodes → end, every outcome wired to the next
 * node, with ids and variable names drawn partly from `prototypeNames`, and ask
 * nodes that may loop back to themselves (allowed: ask waits for input).
 */
export const validBotArbitrary: fc.Arbitrary<BotDocumentInput> = fc
  .record({
    locales: fc.subarray(['en', 'zh-CN', 'fr'], { minLength: 1 }),
    variables: fc.uniqueArray(fc.constantFrom('order_id', 'total', 'name', ...prototypeNames), {
      minLength: 1,
      maxLength: 5,
    }),
    intents: fc.uniqueArray(fc.constantFrom('track', 'refund', 'agent', 'constructor'), {
      maxLength: 3,
    }),
    flowIds: fc.uniqueArray(fc.constantFrom('main', 'billing', ...prototypeNames), {
      minLength: 1,
      maxLength: 3,
    }),
    plans: fc.array(
      fc.record({
        body: fc.array(
          fc.constantFrom<BodyKind>('message', 'ask', 'condition', 'set', 'intent', 'subflow'),
          { maxLength: 6 },
        ),
        startId: fc.constantFrom('start', ...prototypeNames),
        endId: fc.constantFrom('end', 'valueOf', 'isPrototypeOf'),
        branches: fc.integer({ min: 1, max: 3 }),
        loopAsk: fc.boolean(),
      }),
      { minLength: 3, maxLength: 3 },
    ),
    threshold: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ locales, variables, intents, flowIds, plans, threshold }) => ({
    schemaVersion: 2,
    id: 'generated',
    name: 'Generated bot',
    defaultLocale: locales[0] ?? 'en',
    locales,
    settings: { nluConfidenceThreshold: threshold, fallbackMessage: 'Sorry?' },
    variables: variables.map((name) => ({ name, type: 'string' as const })),
    intents: intents.map((name) => ({
      name,
      utterances: { [locales[0] ?? 'en']: [`say ${name}`] },
    })),
    entities: [],
    flows: flowIds.map((id, i) => {
      const { nodes, edges } = chain(
        plans[i % plans.length] ?? plans[0],
        variables,
        intents,
        flowIds,
        locales,
      );
      return { id, name: `Flow ${id}`, nodes, edges };
    }),
  }));

function chain(
  plan: FlowPlan | undefined,
  variables: string[],
  intents: string[],
  flowIds: string[],
  locales: string[],
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const body = plan?.body ?? [];
  const variable = variables[0] ?? 'order_id';
  const ids = [plan?.startId ?? 'start', ...body.map((_, i) => `n${i}`), plan?.endId ?? 'end'];
  const nodes: FlowNode[] = [node(ids[0] ?? 'start', 'start')];
  const edges: FlowEdge[] = [];
  const link = (from: string, outcome: string, to: string) =>
    edges.push(edge(from, outcome, to, `e${edges.length}`));
  body.forEach((kind, i) => {
    const id = ids[i + 1] ?? `n${i}`;
    const next = ids[i + 2] ?? 'end';
    const settings = bodyBuilders[kind]({
      index: i,
      branches: plan?.branches ?? 1,
      variable,
      intents,
      flowIds,
      locales,
    });
    nodes.push(node(id, kind, settings.data));
    for (const outcome of settings.outcomes) link(id, outcome, next);
    if (kind === 'ask' && plan?.loopAsk === true) link(id, 'invalid', id);
  });
  link(ids[0] ?? 'start', 'next', ids[1] ?? 'end');
  nodes.push(node(ids.at(-1) ?? 'end', 'end'));
  return { nodes, edges };
}

interface BuildInput {
  index: number;
  branches: number;
  variable: string;
  intents: string[];
  flowIds: string[];
  locales: string[];
}

/** Valid settings of each body kind and the outcomes they give (a map, not a switch over kinds). */
const bodyBuilders: Record<
  BodyKind,
  (input: BuildInput) => { data: Record<string, unknown>; outcomes: string[] }
> = {
  message: ({ variable, locales }) => ({
    data: {
      text: Object.fromEntries(
        locales.map((locale) => [locale, `(${locale}) {{ vars.${variable} }}`]),
      ),
    },
    outcomes: ['next'],
  }),
  ask: ({ variable }) => ({
    data: { question: `Value of ${variable}?`, variable },
    outcomes: ['next'],
  }),
  condition: ({ branches, variable }) => {
    const list = Array.from({ length: branches }, (_, b) => ({
      id: `b${b}`,
      label: `B${b}`,
      when: `vars.${variable} = "${b}"`,
    }));
    return { data: { branches: list }, outcomes: [...list.map((branch) => branch.id), 'else'] };
  },
  set: ({ variable, index }) => ({
    data: { assignments: [{ variable, value: `vars.${variable} & "${index}"` }] },
    outcomes: ['next'],
  }),
  intent: ({ intents }) => ({ data: { intents: [] }, outcomes: [...intents, 'fallback'] }),
  subflow: ({ flowIds, index }) => ({
    data: { flowId: flowIds[index % flowIds.length] ?? 'main' },
    outcomes: ['next'],
  }),
};
