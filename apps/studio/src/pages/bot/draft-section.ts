import { botSettingsSchema, entitySchema, intentSchema, variableSchema } from '@parley/flow';
import { z } from 'zod';

/**
 * The parts of a draft the read-only pages show, each parsed on its own: a draft
 * may be half-drawn, and one bad intent should not hide the variables.
 */
export const draftSections = {
  variables: z.array(variableSchema).catch([]),
  intents: z.array(intentSchema).catch([]),
  entities: z.array(entitySchema).catch([]),
  settings: botSettingsSchema.catch(botSettingsSchema.parse({})),
  locales: z.array(z.string()).catch([]),
  defaultLocale: z.string().catch(''),
};
