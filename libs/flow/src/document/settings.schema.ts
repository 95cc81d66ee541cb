import { z } from 'zod';
import { localizedTextSchema } from './localized.schema';

/** Bot-wide behaviour; every field has a default so a blank bot is complete. */
export const botSettingsSchema = z.object({
  /** Said when nothing else applies: an unrecognised message, or a node error without an `error` edge. */
  fallbackMessage: localizedTextSchema.default({
    en: "Sorry, I didn't get that.",
    'zh-CN': '抱歉，我没有理解。',
  }),
  /** IANA time zone used for dates the bot reads and writes. */
  timezone: z.string().min(1).max(64).default('UTC'),
  /** Intent matches scoring below this take the intent node's `fallback` outcome. */
  nluConfidenceThreshold: z.number().min(0).max(1).default(0.6),
  /** Redact personal data before any text goes to an LLM. */
  redactPersonalData: z.boolean().default(false),
  /** The voice LLM nodes speak in, prepended to their prompts. */
  llmPersona: z.string().max(4_000).optional(),
  /** Minutes of silence after which a conversation is marked abandoned. */
  inactivityTimeoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .default(30),
  /** Node steps one inbound event may run before the turn is stopped as a runaway loop. */
  maxStepsPerTurn: z.number().int().min(10).max(10_000).default(500),
});
export type BotSettings = z.infer<typeof botSettingsSchema>;
