import { z } from 'zod';

const nodeSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  position: z.object({ x: z.number(), y: z.number() }),
  data: z.record(z.string(), z.unknown()).default({}),
});
const edgeSchema = z.looseObject({
  id: z.string(),
  source: z.string(),
  sourceHandle: z.string(),
  target: z.string(),
});
const flowSchema = z.looseObject({
  id: z.string(),
  name: z.string().default(''),
  nodes: z.array(nodeSchema).default([]),
  edges: z.array(edgeSchema).default([]),
});

/** The parts of a version's document the diff view draws: its flows' nodes and edges. */
export const diffDocumentSchema = z.looseObject({
  flows: z.array(flowSchema).default([]),
  intents: z.array(z.looseObject({ name: z.string() })).default([]),
});
export type DiffDocument = z.infer<typeof diffDocumentSchema>;
export type DiffSourceFlow = z.infer<typeof flowSchema>;
export type DiffSourceNode = z.infer<typeof nodeSchema>;
export type DiffSourceEdge = z.infer<typeof edgeSchema>;

/** A version's document as the diff reads it; an unreadable one gives no flows rather than a crash. */
export function readDiffDocument(document: unknown): DiffDocument {
  const parsed = diffDocumentSchema.safeParse(document);
  return parsed.success ? parsed.data : { flows: [], intents: [] };
}
