import type { EdgeChange, NodeChange } from '@xyflow/react';

/** What is selected on the canvas: node and edge ids of the open flow. */
export interface CanvasSelection {
  nodes: readonly string[];
  edges: readonly string[];
}

export const emptySelection: CanvasSelection = { nodes: [], edges: [] };

/** The selection after React Flow's select changes (clicks, shift-clicks, box selection). */
export function applySelectChanges(
  selection: CanvasSelection,
  nodeChanges: readonly NodeChange[],
  edgeChanges: readonly EdgeChange[],
): CanvasSelection {
  const nodes = toggled(selection.nodes, nodeChanges);
  const edges = toggled(selection.edges, edgeChanges);
  return nodes === selection.nodes && edges === selection.edges ? selection : { nodes, edges };
}

function toggled(
  ids: readonly string[],
  changes: readonly (NodeChange | EdgeChange)[],
): readonly string[] {
  const next = new Set(ids);
  let changed = false;
  for (const change of changes) {
    if (change.type === 'select') {
      changed = true;
      if (change.selected) next.add(change.id);
      else next.delete(change.id);
    } else if (change.type === 'remove') {
      changed ||= next.delete(change.id);
    }
  }
  return changed ? [...next] : ids;
}
