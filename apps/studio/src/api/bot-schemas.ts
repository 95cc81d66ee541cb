import type { Problem } from '@parley/flow';
import { z } from 'zod';

export const botSummarySchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  draftRevision: z.number(),
  latestVersion: z.number().nullable(),
  environments: z.array(z.object({ name: z.string(), version: z.number().nullable() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BotSummary = z.infer<typeof botSummarySchema>;

export const versionSummarySchema = z.looseObject({
  id: z.string(),
  number: z.number(),
  note: z.string(),
  author: z.string(),
  publishedAt: z.string(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

/** Checked field by field, then typed: the server sends `validateBot`'s own problems. */
export const problemSchema = z.custom<Problem>(
  (value) =>
    z
      .looseObject({
        code: z.string(),
        severity: z.enum(['error', 'warning']),
        path: z.array(z.union([z.string(), z.number()])),
        message: z.string(),
      })
      .safeParse(value).success,
);

export const draftViewSchema = z.object({
  revision: z.number(),
  document: z.record(z.string(), z.unknown()),
  problems: z.array(problemSchema),
});
export type DraftView = z.infer<typeof draftViewSchema>;

export const publishResultSchema = z.looseObject({
  version: versionSummarySchema,
  environment: z.looseObject({ name: z.string() }).optional(),
});
export type PublishResult = z.infer<typeof publishResultSchema>;
