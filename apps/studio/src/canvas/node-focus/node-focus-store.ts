import { create } from 'zustand';

/** A node to open: its flow shown, the node selected and centred. */
export interface NodeFocus {
  flowId: string;
  nodeId: string;
}

interface NodeFocusState {
  request: NodeFocus | null;
  ask: (focus: NodeFocus) => void;
  done: () => void;
}

/**
 * A request, from outside the editor, to open a node (a link from a test's failure):
 * held until the editor has its draft and takes it.
 */
export const useNodeFocusStore = create<NodeFocusState>()((set) => ({
  request: null,
  ask: (focus) => set({ request: focus }),
  done: () => set({ request: null }),
}));

/** `flowId/nodeId`, as links write it (`/bots/:id/flows?node=main/ask-order`). */
export function parseNodeFocus(value: string | null): NodeFocus | null {
  if (value === null) return null;
  const slash = value.indexOf('/');
  if (slash <= 0 || slash === value.length - 1) return null;
  return { flowId: value.slice(0, slash), nodeId: value.slice(slash + 1) };
}
