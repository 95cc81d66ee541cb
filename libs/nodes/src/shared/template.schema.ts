import { localizedTextSchema, type LocalizedText } from '@parley/flow';
import type { z } from 'zod';

/**
 * Text the customer sees, with `{{ jsonata }}` placeholders: one string for every
 * locale, or a variant per locale (`{ en: "Hi {{ vars.name }}", "zh-CN": "…" }`).
 * Never blank: a blank variant would send an empty bubble in that language.
 * Fields reuse it as `templateSchema.meta({ widget: 'template', label })`.
 */
export const templateSchema = localizedTextSchema
  .refine(hasText, { message: 'Write some text (every language variant needs text)' })
  .meta({ widget: 'template' });

/** A value of a template field. */
export type Template = z.infer<typeof templateSchema>;

function hasText(text: LocalizedText): boolean {
  if (typeof text === 'string') return text.trim().length > 0;
  const variants = Object.values(text);
  return variants.length > 0 && variants.every((variant) => variant.trim().length > 0);
}
