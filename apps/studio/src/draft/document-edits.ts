import type { DraftDocument, DraftEdge, DraftFlow, DraftNode } from './draft-document';

/*
 * Immutable edits of a draft document, one small function per gesture of the
 * editor. Each returns a new document (sharing what did not change) so that the
 * store can compare by reference and React can skip what stayed the same.
 */

type Position = { x: number; y: number };

/** Applies `change` to one flow; the document is returned as is when the flow is missing. */
export function updateFlow(
  doc: DraftDocument,
  flowId: string,
  change: (flow: DraftFlow) => DraftFlow,
): DraftDocument {
  let changed = false;
  const flows = doc.flows.map((flow) => {
    if (flow.id !== flowId) return flow;
    const next = change(flow);
    changed ||= next !== flow;
    return next;
  });
  return changed ? { ...doc, flows } : doc;
}

export function addNode(doc: DraftDocument, flowId: string, node: DraftNode): DraftDocument {
  return updateFlow(doc, flowId, (flow) => ({ ...flow, nodes: [...flow.nodes, node] }));
}

export function setNodeData(
  doc: DraftDocument,
  flowId: string,
  nodeId: string,
  data: Record<string, unknown>,
): DraftDocument {
  return updateFlow(doc, flowId, (flow) => ({
    ...flow,
    nodes: flow.nodes.map((node) => (node.id === nodeId ? { ...node, data } : node)),
  }));
}

export function moveNodes(
  doc: DraftDocument,
  flowId: string,
  positions: ReadonlyMap<string, Position>,
): DraftDocument {
  if (positions.size === 0) return doc;
  return updateFlow(doc, flowId, (flow) => {
    let moved = false;
    const nodes = flow.nodes.map((node) => {
      const position = positions.get(node.id);
      if (position === undefined) return node;
      if (position.x === node.position.x && position.y === node.position.y) return node;
      moved = true;
      return { ...node, position: { x: position.x, y: position.y } };
    });
    // The end of a drag repeats the last position: no change, so no undo step.
    return moved ? { ...flow, nodes } : flow;
  });
}

/** Removes nodes and edges; edges touching a removed node go with it. */
export function removeElements(
  doc: DraftDocument,
  flowId: string,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): DraftDocument {
  if (nodeIds.length === 0 && edgeIds.length === 0) return doc;
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  return updateFlow(doc, flowId, (flow) => {
    const keptNodes = flow.nodes.filter((node) => !nodes.has(node.id));
    const keptEdges = flow.edges.filter(
      (edge) => !edges.has(edge.id) && !nodes.has(edge.source) && !nodes.has(edge.target),
    );
    // Nothing of it was there (already deleted): no change, so no undo step.
    if (keptNodes.length === flow.nodes.length && keptEdges.length === flow.edges.length) {
      return flow;
    }
    return { ...flow, nodes: keptNodes, edges: keptEdges };
  });
}

/**
 * Connects an outcome to a node. An outcome leads to one place, so an edge that
 * already leaves the same outcome is replaced rather than doubled.
 */
export function connect(
  doc: DraftDocument,
  flowId: string,
  link: Pick<DraftEdge, 'source' | 'sourceHandle' | 'target'>,
): DraftDocument {
  return updateFlow(doc, flowId, (flow) => {
    const id = uniqueId('edge', new Set(flow.edges.map((edge) => edge.id)));
    const kept = flow.edges.filter(
      (edge) => !(edge.source === link.source && edge.sourceHandle === link.sourceHandle),
    );
    const edge = { id, source: link.source, sourceHandle: link.sourceHandle, target: link.target };
    return { ...flow, edges: [...kept, edge] };
  });
}

/** Adds a flow holding only a start node; returns the document and the new flow's id. */
export function addFlow(
  doc: DraftDocument,
  name: string,
): { document: DraftDocument; flowId: string } {
  const flowId = uniqueId('flow', new Set(doc.flows.map((flow) => flow.id)));
  const start: DraftNode = { id: 'start', type: 'start', position: { x: 0, y: 0 }, data: {} };
  const flow: DraftFlow = { id: flowId, name, nodes: [start], edges: [] };
  return { document: { ...doc, flows: [...doc.flows, flow] }, flowId };
}

export function renameFlow(doc: DraftDocument, flowId: string, name: string): DraftDocument {
  return updateFlow(doc, flowId, (flow) => (flow.name === name ? flow : { ...flow, name }));
}

/** `prefix-1`, `prefix-2`, …: the first one not taken. */
export function uniqueId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n += 1) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A node id not used in the flow yet, named after its kind: `ask-1`, `ask-2`, … */
export function newNodeId(flow: DraftFlow, kind: string): string {
  return uniqueId(kind, new Set(flow.nodes.map((node) => node.id)));
}
