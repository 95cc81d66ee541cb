import { z } from 'zod';
import { localeSchema } from '@parley/flow';
import { jsonSchema } from '../json';

export const nluClassifyInputSchema = z.object({
  text: z.string(),
  locale: localeSchema,
  /** Restrict the classification to these intents; all of the bot's when absent. */
  intents: z.array(z.string()).optional(),
});
export type NluClassifyInput = z.infer<typeof nluClassifyInputSchema>;

export const nluEntityMatchSchema = z.object({
  entity: z.string(),
  value: jsonSchema,
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type NluEntityMatch = z.infer<typeof nluEntityMatchSchema>;

/** The result of classifying one message; also kept in the session state as `nlu`. */
export const nluClassificationSchema = z.object({
  intent: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  ranking: z.array(z.object({ intent: z.string(), confidence: z.number().min(0).max(1) })),
  entities: z.array(nluEntityMatchSchema),
});
export type NluClassification = z.infer<typeof nluClassificationSchema>;

export const nluSentimentInputSchema = z.object({
  texts: z.array(z.string()),
  locale: localeSchema,
});
export type NluSentimentInput = z.infer<typeof nluSentimentInputSchema>;

export const nluSentimentSchema = z.object({ score: z.number().min(-1).max(1) });
export type NluSentiment = z.infer<typeof nluSentimentSchema>;

/** The bot's natural-language understanding: intents, entities, sentiment. */
export interface NluPort {
  classify(input: NluClassifyInput): Promise<NluClassification>;
  sentiment(input: NluSentimentInput): Promise<NluSentiment>;
}
