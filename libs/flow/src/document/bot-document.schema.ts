import { z } from 'zod';
import { storedConversationTestSchema } from './conversation-test.schema';
import { flowSchema } from './graph.schema';
import { idSchema } from './identifier.schema';
import { localeSchema } from './localized.schema';
import { entitySchema, intentSchema } from './nlu.schema';
import { botSettingsSchema } from './settings.schema';
import { variableSchema } from './variable.schema';

/** The schema version this code writes; older documents are migrated on load. */
export const CURRENT_SCHEMA_VERSION = 2;

/**
 * One bot version: everything that is published together (ARCHITECTURE §2).
 * Parse raw input with `parseBotDocument`, which migrates older versions first.
 */
export const botDocumentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: idSchema,
  name: z.string().min(1).max(200),
  description: z.string().max(2_000).optional(),
  defaultLocale: localeSchema,
  locales: z.array(localeSchema).min(1).max(20),
  settings: botSettingsSchema.default(botSettingsSchema.parse({})),
  variables: z.array(variableSchema).max(1_000).default([]),
  intents: z.array(intentSchema).max(2_000).default([]),
  entities: z.array(entitySchema).max(500).default([]),
  /** The bot's flows; the first one is where conversations start. */
  flows: z.array(flowSchema).min(1).max(200),
  /**
   * Conversation tests stored with the bot (the same shape as a tests file's `tests`):
   * versioned with it, run by the studio, `parley test` and the publish gate.
   */
  tests: z.array(storedConversationTestSchema).max(1_000).default([]),
});
export type BotDocument = z.infer<typeof botDocumentSchema>;
/** What a document may look like before defaults are filled in. */
export type BotDocumentInput = z.input<typeof botDocumentSchema>;
