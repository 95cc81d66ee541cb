import { startDefinition } from '@parley/nodes';
import { updateFlow, uniqueId } from '../../draft/document-edits';
import type { DraftDocument, DraftEdge, DraftNode } from '../../draft/draft-document';
import type { ClipboardPayload } from './clipboard-payload';

type Point = { x: number; y: number };

/** The validator wants exactly one start node per flow (`missing-start`, `multiple-starts`). */
const startKind = startDefinition.kind;

/** Where pasted nodes go: their top-left corner at a point, or where they were, shifted. */
export type PastePlacement = { at: Point } | { offset: Point };

/** How far a paste moves on when nodes already stand exactly where it would put them. */
export const pasteStep = 40;

/**
 * Adds a copy to a flow: new node ids (named after the kind, unique in the flow),
 * edges re-pointed at the new ids, positions placed. A flow has exactly one start
 * node, so a copied start is left out when the flow has one already (and its edges
 * with it). Returns the document and the new nodes' ids (none when nothing fit).
 */
export function pasteNodes(
  doc: DraftDocument,
  flowId: string,
  payload: ClipboardPayload,
  placement: PastePlacement,
): { document: DraftDocument; nodeIds: string[] } {
  let nodeIds: string[] = [];
  const document = updateFlow(doc, flowId, (flow) => {
    const hasStart = flow.nodes.some((node) => node.type === startKind);
    const copied = payload.nodes.filter((node, index) => {
      if (node.type !== startKind) return true;
      const firstStart = payload.nodes.findIndex((other) => other.type === startKind);
      return !hasStart && index === firstStart;
    });
    if (copied.length === 0) return flow;
    const takenNodes = new Set(flow.nodes.map((node) => node.id));
    const renamed = new Map<string, string>();
    for (const node of copied) {
      const id = uniqueId(node.type, takenNodes);
      takenNodes.add(id);
      renamed.set(node.id, id);
    }
    const shift = placementShift(copied, placement, flow.nodes);
    const nodes: DraftNode[] = copied.map((node) => ({
      ...structuredClone(node),
      id: renamed.get(node.id) ?? node.id,
      position: { x: node.position.x + shift.x, y: node.position.y + shift.y },
    }));
    const takenEdges = new Set(flow.edges.map((edge) => edge.id));
    const edges: DraftEdge[] = [];
    for (const edge of payload.edges) {
      const source = renamed.get(edge.source);
      const target = renamed.get(edge.target);
      if (source === undefined || target === undefined) continue;
      const id = uniqueId('edge', takenEdges);
      takenEdges.add(id);
      edges.push({ ...structuredClone(edge), id, source, target });
    }
    nodeIds = nodes.map((node) => node.id);
    return { ...flow, nodes: [...flow.nodes, ...nodes], edges: [...flow.edges, ...edges] };
  });
  return { document, nodeIds };
}

/** The move from copied positions to pasted ones, stepped on past nodes already standing there. */
function placementShift(
  copied: readonly DraftNode[],
  placement: PastePlacement,
  existing: readonly DraftNode[],
): Point {
  let shift: Point;
  if ('at' in placement) {
    const left = Math.min(...copied.map((node) => node.position.x));
    const top = Math.min(...copied.map((node) => node.position.y));
    shift = { x: Math.round(placement.at.x - left), y: Math.round(placement.at.y - top) };
  } else {
    shift = { ...placement.offset };
  }
  const occupied = new Set(existing.map((node) => `${node.position.x},${node.position.y}`));
  const lands = (s: Point) =>
    copied.some((node) => occupied.has(`${node.position.x + s.x},${node.position.y + s.y}`));
  // Pasting twice at one place would hide the first copy under the second.
  for (let tries = 0; tries < 50 && lands(shift); tries++) {
    shift = { x: shift.x + pasteStep, y: shift.y + pasteStep };
  }
  return shift;
}
