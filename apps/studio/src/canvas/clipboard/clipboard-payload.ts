import { z } from 'zod';
import { draftEdgeSchema, draftNodeSchema, type DraftFlow } from '../../draft/draft-document';

/** Marks the clipboard text as Parley nodes; the version lets a later Parley read older copies. */
export const clipboardFormat = 'parley/nodes';
export const clipboardVersion = 1;

const clipboardPayloadSchema = z.object({
  format: z.literal(clipboardFormat),
  version: z.literal(clipboardVersion),
  nodes: z.array(draftNodeSchema).min(1),
  edges: z.array(draftEdgeSchema),
});
/** Copied nodes and the edges between them, as written to the clipboard (JSON). */
export type ClipboardPayload = z.infer<typeof clipboardPayloadSchema>;

/**
 * The selected nodes of a flow, with only the edges that run between two of them:
 * an edge to a node left behind would dangle once pasted. `null` when nothing is selected.
 */
export function copyNodes(flow: DraftFlow, nodeIds: readonly string[]): ClipboardPayload | null {
  const wanted = new Set(nodeIds);
  const nodes = flow.nodes.filter((node) => wanted.has(node.id));
  if (nodes.length === 0) return null;
  const edges = flow.edges.filter((edge) => wanted.has(edge.source) && wanted.has(edge.target));
  return {
    format: clipboardFormat,
    version: clipboardVersion,
    nodes: structuredClone(nodes),
    edges: structuredClone(edges),
  };
}

/** Reads clipboard text back; anything that is not a Parley copy gives `null`. */
export function parseClipboard(text: string | null | undefined): ClipboardPayload | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = clipboardPayloadSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
