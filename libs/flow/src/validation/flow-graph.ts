import type { FlowInfo } from './validation-context';

/** A flow's nodes as numbered vertices (document order) and the edges between existing nodes. */
export interface FlowGraph {
  readonly count: number;
  readonly successors: readonly (readonly number[])[];
}

/**
 * The edge graph of a flow, for reachability and loops. Edges with a missing end
 * are left out (reported by their own check); only the first node with an id
 * takes part, as for edges.
 *
 * @param include vertices to keep; edges touching any other vertex are dropped.
 */
export function flowGraph(
  info: FlowInfo,
  include: (vertex: number) => boolean = () => true,
): FlowGraph {
  const vertexOf = new Map<string, number>();
  info.nodes.forEach((node, vertex) => {
    if (info.nodeById.get(node.node.id) === node) vertexOf.set(node.node.id, vertex);
  });
  const successors: number[][] = info.nodes.map(() => []);
  for (const edge of info.flow.edges) {
    const from = vertexOf.get(edge.source);
    const to = vertexOf.get(edge.target);
    if (from === undefined || to === undefined || !include(from) || !include(to)) continue;
    successors[from]?.push(to);
  }
  return { count: info.nodes.length, successors };
}
