import {
  CURRENT_SCHEMA_VERSION,
  type BotDocumentInput,
  type FlowEdge,
  type FlowNode,
} from '@parley/flow';
import { getNodeDefinition, nodeKinds, type NodeKind } from '@parley/nodes';
import fc from 'fast-check';
import { nodeDataArbitraries } from './random-node-data.arbitrary';
import { maybe, pick } from './random-fields.arbitrary';
import { SENTINEL, type FlowScope, type FlowSignature } from './random-values.arbitrary';

type RandomNode = { kind: NodeKind; data: Record<string, unknown> };
type FlowInput = NonNullable<BotDocumentInput['flows']>[number];

const flowIds = ['main', 'f1', 'f2'];
const readableGlobals = ['a', 'b', 'n', 'flag', 'list', 'obj', 'brand'];
const writableGlobals = ['a', 'b', 'n', 'flag', 'list', 'obj'];
const intents = ['order_status', 'refund', 'greet'];
const entities = ['number', 'date', 'color', 'ticket'];
/** Kinds a random flow is made of (each flow also gets a start node and a last `end` node). */
const bodyKinds = nodeKinds.filter((kind) => kind !== 'start');
/** Wiring draws from this many random numbers per flow, cycling. */
const PICKS = 64;

/**
 * A random bot document made of the real node kinds: 1–3 flows (calling and jumping
 * to each other, recursion included) with random parameters and returns, 1–6 random
 * nodes each with schema-valid settings, and random edges for every required outcome
 * (optional ones sometimes). Edges point forward, or back to a node that waits for
 * input, so loops exist but none is a loop `validateBot` rejects; most documents
 * validate. Every bot declares `vars.sentinel` (= `SENTINEL`), which nothing reads.
 */
export const randomBotArbitrary: fc.Arbitrary<BotDocumentInput> = fc
  .integer({ min: 1, max: flowIds.length })
  .chain((count) => fc.tuple(...flowIds.slice(0, count).map(signatureArbitrary)))
  .chain((signatures) =>
    fc.record({
      flows: fc.tuple(...signatures.map((signature) => flowArbitrary(signature, signatures))),
      maxStepsPerTurn: fc.integer({ min: 10, max: 80 }),
    }),
  )
  .map(({ flows, maxStepsPerTurn }) => ({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'random-bot',
    name: 'Random bot',
    defaultLocale: 'en',
    locales: ['en', 'zh-CN'],
    settings: { maxStepsPerTurn },
    variables: [
      ...['a', 'b'].map((name) => ({ name, type: 'string' as const })),
      { name: 'n', type: 'number', default: 0 },
      { name: 'flag', type: 'boolean', default: false },
      { name: 'list', type: 'list', default: [1, 2, 'x'] },
      { name: 'obj', type: 'object', default: { k: 'v' } },
      { name: 'tier', type: 'string', scope: 'contact' },
      { name: 'brand', type: 'string', scope: 'bot', default: 'Parley' },
      { name: 'sentinel', type: 'string', default: SENTINEL },
    ],
    intents: intents.map((name) => ({
      name,
      utterances: { en: [`${name} please`], 'zh-CN': [`请 ${name}`] },
    })),
    entities: [
      { kind: 'list', name: 'color', values: [{ value: 'red', synonyms: { en: ['crimson'] } }] },
      { kind: 'regex', name: 'ticket', pattern: 'T-\\d+' },
    ],
    flows,
  }));

function signatureArbitrary(id: string): fc.Arbitrary<FlowSignature> {
  return fc.record({
    id: fc.constant(id),
    parameters: fc.subarray([
      { name: 'p1', required: true },
      { name: 'p2', required: false },
    ]),
    returns: fc.subarray(['r1', 'r2']),
  });
}

function flowArbitrary(
  signature: FlowSignature,
  flows: readonly FlowSignature[],
): fc.Arbitrary<FlowInput> {
  const own = [...signature.parameters.map((parameter) => parameter.name), ...signature.returns];
  const scope: FlowScope = {
    flowId: signature.id,
    readable: [...readableGlobals, ...own],
    writable: [...writableGlobals, ...own],
    flows,
    intents,
    entities,
  };
  const body = fc.array(
    pick(bodyKinds).chain((kind) => nodeArbitrary(kind, scope)),
    { minLength: 1, maxLength: 6 },
  );
  const picks = fc.array(fc.nat(), { minLength: PICKS, maxLength: PICKS });
  return fc
    .tuple(body, picks, maybe(fc.constant('A flow')))
    .map(([nodes, numbers, description]) => {
      const all: RandomNode[] = [
        { kind: 'start', data: {} },
        ...nodes,
        { kind: 'end', data: { ends: 'flow' } },
      ];
      return {
        id: signature.id,
        name: signature.id,
        ...(description === undefined ? {} : { description }),
        parameters: signature.parameters.map((parameter) => ({ ...parameter, type: 'string' })),
        returns: signature.returns.map((name) => ({ name, type: 'string', required: false })),
        nodes: all.map((node, index): FlowNode => ({
          id: `n${index}`,
          type: node.kind,
          position: { x: index * 200, y: 0 },
          data: node.data,
        })),
        edges: wire(signature.id, all, numbers),
      };
    });
}

function nodeArbitrary<K extends NodeKind>(kind: K, scope: FlowScope): fc.Arbitrary<RandomNode> {
  return nodeDataArbitraries[kind](scope).map((data): RandomNode => ({ kind, data }));
}

/**
 * An edge for every required outcome (and for optional ones half the time): to the
 * next node a third of the time, else to any later node or any node that waits.
 */
function wire(
  flowId: string,
  nodes: readonly RandomNode[],
  numbers: readonly number[],
): FlowEdge[] {
  let drawn = 0;
  const draw = (): number => numbers[drawn++ % numbers.length] ?? 0;
  const outcomes = nodes.map((node) => outcomesOf(node));
  const waiting = outcomes.flatMap((info, index) => (info.waits ? [index] : []));
  const edges: FlowEdge[] = [];
  nodes.forEach((_node, index) => {
    const { required, optional } = outcomes[index] ?? { required: [], optional: [] };
    const candidates = [
      ...nodes.flatMap((_later, later) => (later > index ? [later] : [])),
      ...waiting.filter((target) => target <= index),
    ];
    const wanted = [...required, ...optional.filter(() => draw() % 2 === 0)];
    for (const outcome of wanted) {
      if (candidates.length === 0) break;
      const target = draw() % 3 === 0 ? index + 1 : candidates[draw() % candidates.length];
      if (target === undefined || target >= nodes.length) continue;
      edges.push({
        id: `${flowId}-e${edges.length}`,
        source: `n${index}`,
        sourceHandle: outcome,
        target: `n${target}`,
      });
    }
  });
  return edges;
}

function outcomesOf(node: RandomNode): { required: string[]; optional: string[]; waits: boolean } {
  const definition = getNodeDefinition(node.kind);
  const parsed = definition?.settingsSchema.safeParse(node.data);
  if (definition === undefined || parsed?.success !== true) {
    return { required: [], optional: [], waits: false };
  }
  const context = { doc: { intents: intents.map((name) => ({ name, utterances: {} })) } };
  const optional = definition.optionalOutcomes(parsed.data);
  return {
    required: definition.outcomes(parsed.data, context).filter((o) => !optional.includes(o)),
    optional: [...optional],
    waits: definition.waitsForInput(parsed.data),
  };
}
