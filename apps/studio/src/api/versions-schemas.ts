import type { BotDiff } from '@parley/flow';
import { z } from 'zod';
import { versionSummarySchema } from './bot-schemas';

/** One version with the bot document it froze. */
export const versionDetailSchema = versionSummarySchema.extend({
  document: z.record(z.string(), z.unknown()),
});
export type VersionDetail = z.infer<typeof versionDetailSchema>;

/** An environment: the version it runs, its bot-variable overrides and secret references. */
export const environmentSchema = z.looseObject({
  name: z.string(),
  version: z
    .looseObject({ id: z.string(), number: z.number(), note: z.string(), publishedAt: z.string() })
    .nullable(),
  variables: z.record(z.string(), z.unknown()),
  /** Names the document uses → vault secret names (never values). */
  secrets: z.record(z.string(), z.string()),
  updatedAt: z.string(),
});
export type Environment = z.infer<typeof environmentSchema>;

/** One change of the version an environment runs, newest first. */
export const deploymentSchema = z.looseObject({
  action: z.enum(['deploy', 'promote', 'rollback', 'import']),
  version: z.number(),
  previousVersion: z.number().nullable(),
  actorUserId: z.string().nullable(),
  at: z.string(),
});
export type Deployment = z.infer<typeof deploymentSchema>;

export const releaseResultSchema = z.looseObject({
  version: versionSummarySchema,
  environment: environmentSchema.optional(),
});
export type ReleaseResult = z.infer<typeof releaseResultSchema>;

const namedChangesSchema = z.looseObject({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.string()),
});
const itemChangesSchema = z.looseObject({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.looseObject({ id: z.string(), paths: z.array(z.string()) })),
});

/** Checked for the fields the studio reads, then typed: the server sends `diffBotDocuments`' own answer. */
export const botDiffSchema = z.custom<BotDiff>(
  (value) =>
    z
      .looseObject({
        empty: z.boolean(),
        document: z.array(z.looseObject({ path: z.string() })),
        settings: z.array(z.looseObject({ path: z.string() })),
        variables: namedChangesSchema,
        intents: namedChangesSchema,
        entities: namedChangesSchema,
        flows: z.array(
          z.looseObject({
            flowId: z.string(),
            change: z.enum(['added', 'removed', 'changed']),
            nodes: itemChangesSchema,
            edges: itemChangesSchema,
          }),
        ),
      })
      .safeParse(value).success,
);
