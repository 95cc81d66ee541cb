import { create } from 'zustand';

/** How a node card is marked: on the simulated path, where it is now, or by test coverage. */
export type NodeMark = 'path' | 'current' | 'covered' | 'uncovered';
export type EdgeMark = 'path' | 'covered' | 'uncovered';
/** Who drew the marks: each panel clears only its own. */
export type OverlaySource = 'simulator' | 'coverage';

/** `"flowId/nodeId"` or `"flowId/edgeId"`: marks of every flow in one map. */
export function markKey(flowId: string, id: string): string {
  return `${flowId}/${id}`;
}

export interface CanvasOverlayState {
  source: OverlaySource | null;
  nodes: ReadonlyMap<string, NodeMark>;
  edges: ReadonlyMap<string, EdgeMark>;
  /** Replaces every mark with these (the last `set` wins, whoever drew before). */
  set: (
    source: OverlaySource,
    nodes: ReadonlyMap<string, NodeMark>,
    edges: ReadonlyMap<string, EdgeMark>,
  ) => void;
  /** Removes the marks if `source` drew them (a closing panel leaves the other's marks). */
  clear: (source: OverlaySource) => void;
}

const none = new Map<string, never>();

/**
 * Marks drawn over the flow canvas by a panel beside it: the simulator lights the
 * path of the conversation, the tests page draws coverage. One at a time: the
 * canvas shows one bot, and each panel clears its marks when it closes.
 */
export const useCanvasOverlayStore = create<CanvasOverlayState>()((set, get) => ({
  source: null,
  nodes: none,
  edges: none,
  set: (source, nodes, edges) => set({ source, nodes, edges }),
  clear: (source) => {
    if (get().source === source) set({ source: null, nodes: none, edges: none });
  },
}));
