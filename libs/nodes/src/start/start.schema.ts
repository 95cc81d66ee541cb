import { z } from 'zod';

/** The start node has no settings: it is where its flow begins. */
export const startSettingsSchema = z.object({});
export type StartSettings = z.infer<typeof startSettingsSchema>;
