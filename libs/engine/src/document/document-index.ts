import type { BotDocument, Flow, FlowNode } from '@parley/flow';

/** One flow, indexed for constant-time steps. */
export interface FlowIndex {
  readonly flow: Flow;
  readonly nodes: ReadonlyMap<string, FlowNode>;
  /** Source node id → outcome → target node id (the first edge wins if several leave one outcome). */
  readonly edges: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The flow's `start` node, else its first node. */
  readonly startNodeId: string | undefined;
}

/** A document's flows by id; built once per document object and cached. */
export interface DocumentIndex {
  readonly mainFlowId: string | undefined;
  readonly flows: ReadonlyMap<string, FlowIndex>;
}

const indexes = new WeakMap<BotDocument, DocumentIndex>();

/**
 * The index of `doc`, built on first use. Keyed by the document object, so a host that
 * keeps one parsed document per bot version pays for indexing once; documents must not
 * be mutated after their first turn.
 */
export function indexDocument(doc: BotDocument): DocumentIndex {
  let index = indexes.get(doc);
  if (!index) {
    const flows = new Map<string, FlowIndex>();
    for (const flow of doc.flows) {
      if (!flows.has(flow.id)) {
        flows.set(flow.id, indexFlow(flow));
      }
    }
    index = { mainFlowId: doc.flows[0]?.id, flows };
    indexes.set(doc, index);
  }
  return index;
}

/** Where the edge leaving `outcome` of `nodeId` leads, if anywhere. */
export function edgeTarget(flow: FlowIndex, nodeId: string, outcome: string): string | undefined {
  return flow.edges.get(nodeId)?.get(outcome);
}

function indexFlow(flow: Flow): FlowIndex {
  const nodes = new Map<string, FlowNode>();
  for (const node of flow.nodes) {
    if (!nodes.has(node.id)) {
      nodes.set(node.id, node);
    }
  }
  const edges = new Map<string, Map<string, string>>();
  for (const edge of flow.edges) {
    let outcomes = edges.get(edge.source);
    if (outcomes === undefined) {
      outcomes = new Map();
      edges.set(edge.source, outcomes);
    }
    if (!outcomes.has(edge.sourceHandle)) {
      outcomes.set(edge.sourceHandle, edge.target);
    }
  }
  const start = flow.nodes.find((node) => node.type === 'start') ?? flow.nodes[0];
  return { flow, nodes, edges, startNodeId: start?.id };
}
