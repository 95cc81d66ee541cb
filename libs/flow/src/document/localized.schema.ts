import { z } from 'zod';

/** A BCP 47 tag such as `en`, `en-GB` or `zh-CN`. */
export const localeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "zh-CN"');
export type Locale = z.infer<typeof localeSchema>;

/** A short label for the studio in both UI languages. */
export const localizedLabelSchema = z.object({ en: z.string(), zh: z.string() });
export type LocalizedLabel = z.infer<typeof localizedLabelSchema>;

/**
 * Text a customer sees: one string for every locale, or a variant per locale
 * (`{ "en": "Hi", "zh-CN": "你好" }`). The engine picks the conversation's locale,
 * then the bot's default locale.
 */
export const localizedTextSchema = z.union([
  z.string().max(20_000),
  z.record(localeSchema, z.string().max(20_000)),
]);
export type LocalizedText = z.infer<typeof localizedTextSchema>;
