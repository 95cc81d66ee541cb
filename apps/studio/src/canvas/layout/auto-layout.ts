import dagre from '@dagrejs/dagre';
import type { DraftFlow } from '../../draft/draft-document';

/** Top to bottom, or left to right (the way outcome handles point). */
export type LayoutDirection = 'TB' | 'LR';

type Size = { width: number; height: number };
type Point = { x: number; y: number };

/** A node not measured yet (never drawn) is laid out at about a card's size. */
const fallbackSize: Size = { width: 240, height: 90 };

/**
 * New top-left positions for every node of a flow, ranked along the edges with
 * dagre. Only positions: the caller moves the nodes and leaves nodes and edges be.
 * Real measured sizes keep tall cards (many outcomes) from overlapping.
 */
export function layoutFlow(
  flow: DraftFlow,
  direction: LayoutDirection,
  sizes: ReadonlyMap<string, Size> = new Map(),
): Map<string, Point> {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: direction, nodesep: 40, ranksep: direction === 'LR' ? 100 : 70 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of flow.nodes) {
    graph.setNode(node.id, { ...(sizes.get(node.id) ?? fallbackSize) });
  }
  const ids = new Set(flow.nodes.map((node) => node.id));
  for (const edge of flow.edges) {
    // An edge to a missing node is the validator's finding, not the layout's.
    if (ids.has(edge.source) && ids.has(edge.target)) {
      graph.setEdge(edge.source, edge.target, {}, edge.id);
    }
  }
  dagre.layout(graph);
  const positions = new Map<string, Point>();
  for (const node of flow.nodes) {
    const placed = graph.node(node.id) as { x: number; y: number } | undefined;
    if (placed === undefined) continue;
    const size = sizes.get(node.id) ?? fallbackSize;
    // dagre places centres; React Flow positions are top-left corners.
    positions.set(node.id, {
      x: Math.round(placed.x - size.width / 2),
      y: Math.round(placed.y - size.height / 2),
    });
  }
  return positions;
}
