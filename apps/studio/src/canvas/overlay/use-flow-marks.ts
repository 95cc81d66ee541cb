import { useMemo } from 'react';
import { type EdgeMark, type NodeMark, useCanvasOverlayStore } from './canvas-overlay-store';

export interface FlowMarks {
  /** By node id, within the flow. */
  nodes: ReadonlyMap<string, NodeMark>;
  /** By edge id, within the flow. */
  edges: ReadonlyMap<string, EdgeMark>;
}

/** The overlay's marks of one flow, keyed by the flow's own node and edge ids. */
export function useFlowMarks(flowId: string): FlowMarks {
  const nodes = useCanvasOverlayStore((state) => state.nodes);
  const edges = useCanvasOverlayStore((state) => state.edges);
  return useMemo(
    () => ({ nodes: ofFlow(nodes, flowId), edges: ofFlow(edges, flowId) }),
    [nodes, edges, flowId],
  );
}

function ofFlow<T>(marks: ReadonlyMap<string, T>, flowId: string): ReadonlyMap<string, T> {
  const prefix = `${flowId}/`;
  const result = new Map<string, T>();
  for (const [key, mark] of marks) {
    if (key.startsWith(prefix)) result.set(key.slice(prefix.length), mark);
  }
  return result;
}
