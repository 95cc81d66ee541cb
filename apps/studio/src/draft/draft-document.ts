import { z } from 'zod';

/*
 * The editor's view of a bot document: only the parts the canvas edits are typed,
 * and every object keeps the fields it does not know (loose objects), so a save
 * never drops a section another page or a later Parley added. Settings (`data`)
 * stay raw: the settings form and `validateBot` judge them, not the loader.
 */

const positionSchema = z.object({ x: z.number(), y: z.number() });

export const draftNodeSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  position: positionSchema,
  data: z.record(z.string(), z.unknown()),
});
export type DraftNode = z.infer<typeof draftNodeSchema>;

export const draftEdgeSchema = z.looseObject({
  id: z.string(),
  source: z.string(),
  sourceHandle: z.string(),
  target: z.string(),
});
export type DraftEdge = z.infer<typeof draftEdgeSchema>;

export const draftFlowSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  nodes: z.array(draftNodeSchema),
  edges: z.array(draftEdgeSchema),
});
export type DraftFlow = z.infer<typeof draftFlowSchema>;

const named = z.looseObject({ name: z.string() });

export const draftDocumentSchema = z.looseObject({
  defaultLocale: z.string(),
  locales: z.array(z.string()),
  variables: z.array(named).default([]),
  intents: z.array(named).default([]),
  entities: z.array(named).default([]),
  flows: z.array(draftFlowSchema).min(1),
});
export type DraftDocument = z.infer<typeof draftDocumentSchema>;

/** Parses a loaded draft for editing, or says (in English, with the path) why it cannot be. */
export function parseDraftDocument(
  raw: unknown,
): { ok: true; document: DraftDocument } | { ok: false; message: string } {
  const parsed = draftDocumentSchema.safeParse(raw);
  if (parsed.success) return { ok: true, document: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue === undefined ? '' : issue.path.map(String).join('.');
  return { ok: false, message: `${where}: ${issue?.message ?? 'not a bot document'}` };
}
