import {
  CURRENT_SCHEMA_VERSION,
  botDocumentSchema,
  type BotDocument,
  type BotDocumentInput,
  type FlowEdge,
  type FlowNode,
  type VariableType,
} from '@parley/flow';
import type { NodeCatalog, NodeKind } from '@parley/nodes';
import type { z } from 'zod';

/** A kind's settings as written in a document (`node.data`), defaults optional. */
export type NodeDataOf<K extends NodeKind> = z.input<NodeCatalog[K]['settingsSchema']>;

/** A node added to a tiny bot; pass it to `edge`/`chain`. */
export interface NodeRef<K extends string = string> {
  readonly id: string;
  readonly kind: K;
}

/** `data` may be left out when the kind's settings all have defaults (start, end). */
type NodeArgs<K extends NodeKind> =
  Record<string, never> extends NodeDataOf<K>
    ? [data?: NodeDataOf<K>, id?: string]
    : [data: NodeDataOf<K>, id?: string];

/** A parameter or return value of a called flow: a name (type `string`) or the full shape. */
export type FlowParameterSpec = string | { name: string; type?: VariableType; required?: boolean };

/** Builds one flow's nodes and edges. */
export interface FlowBuilder {
  /** Adds a node; its id is `<kind><n>` (unique in the bot) unless given. Data is typed by kind. */
  node<K extends NodeKind>(kind: K, ...args: NodeArgs<K>): NodeRef<K>;
  /** Connects `from`'s `outcome` (default `next`) to `to`. */
  edge(from: NodeRef, to: NodeRef, outcome?: string): void;
  /** Connects each node's `next` to the following node. */
  chain(...nodes: NodeRef[]): void;
  /**
   * A new `end` node with `ends: 'flow'`: finishes the flow quietly (back to the caller,
   * or idle in the main flow). Put it after a last message, whose `next` needs an edge.
   */
  done(): NodeRef<'end'>;
}

/** Builds the main flow, plus other flows and variables of the bot. */
export interface BotBuilder extends FlowBuilder {
  /** Adds another flow (callable by subflow/jump nodes through `id`). */
  flow(
    id: string,
    build: (f: FlowBuilder) => void,
    options?: { parameters?: FlowParameterSpec[]; returns?: FlowParameterSpec[] },
  ): void;
  /** Declares a variable (conversation scope unless said otherwise). */
  variable(
    name: string,
    options?: {
      type?: VariableType;
      default?: z.core.util.JSONType;
      scope?: 'conversation' | 'contact' | 'bot';
    },
  ): void;
}

/** Document fields a tiny bot may set; everything else takes the schema's defaults. */
export type TinyBotOptions = Partial<Omit<BotDocumentInput, 'flows' | 'schemaVersion'>>;

/**
 * A valid bot document in a few lines: the builder's own flow is the main flow (`main`).
 *
 * @example
 * const doc = tinyBot((b) => {
 *   const start = b.node('start');
 *   const ask = b.node('ask', { question: 'Your name?', variable: 'name' });
 *   const hi = b.node('message', { text: 'Hi {{ vars.name }}' });
 *   b.chain(start, ask, hi);
 * });
 */
export function tinyBot(build: (b: BotBuilder) => void, options: TinyBotOptions = {}): BotDocument {
  const counters = new Map<string, number>();
  const flows: NonNullable<BotDocumentInput['flows']> = [];
  const variables: NonNullable<BotDocumentInput['variables']> = [...(options.variables ?? [])];
  const makeFlow = (
    id: string,
    fill: (f: FlowBuilder) => void,
    extra: { parameters?: FlowParameterSpec[]; returns?: FlowParameterSpec[] } = {},
  ) => {
    const nodes: FlowNode[] = [];
    const edges: FlowEdge[] = [];
    const builder = flowBuilder(id, nodes, edges, counters);
    const entry = {
      id,
      name: id,
      parameters: (extra.parameters ?? []).map(parameter),
      returns: (extra.returns ?? []).map(parameter),
      nodes,
      edges,
    };
    flows.push(entry);
    fill(builder);
  };
  makeFlow('main', (main) => {
    build({
      ...main,
      flow: (id, fill, extra) => makeFlow(id, fill, extra),
      variable: (name, spec = {}) => {
        variables.push({
          name,
          type: spec.type ?? 'string',
          scope: spec.scope ?? 'conversation',
          default: spec.default,
        });
      },
    });
  });
  const locales = options.locales ?? [options.defaultLocale ?? 'en'];
  return botDocumentSchema.parse({
    id: 'tiny-bot',
    name: 'Tiny bot',
    defaultLocale: locales[0] ?? 'en',
    ...options,
    locales,
    variables,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    flows,
  });
}

function flowBuilder(
  flowId: string,
  nodes: FlowNode[],
  edges: FlowEdge[],
  counters: Map<string, number>,
): FlowBuilder {
  const edge = (from: NodeRef, to: NodeRef, outcome = 'next') => {
    edges.push({
      id: `${flowId}-e${edges.length + 1}`,
      source: from.id,
      sourceHandle: outcome,
      target: to.id,
    });
  };
  const node = <K extends NodeKind>(kind: K, ...[data, id]: NodeArgs<K>): NodeRef<K> => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    const nodeId = id ?? `${kind}${n}`;
    nodes.push({
      id: nodeId,
      type: kind,
      position: { x: nodes.length * 240, y: 0 },
      data: { ...data },
    });
    return { id: nodeId, kind };
  };
  return {
    node,
    edge,
    done: () => node('end', { ends: 'flow' }),
    chain: (...chained) => {
      chained.slice(1).forEach((to, index) => {
        const from = chained[index];
        if (from !== undefined) edge(from, to);
      });
    },
  };
}

function parameter(spec: FlowParameterSpec): {
  name: string;
  type: VariableType;
  required: boolean;
} {
  return typeof spec === 'string'
    ? { name: spec, type: 'string', required: true }
    : { name: spec.name, type: spec.type ?? 'string', required: spec.required ?? true };
}
