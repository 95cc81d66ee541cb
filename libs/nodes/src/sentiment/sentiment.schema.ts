import { z } from 'zod';
import { variableRefSchema } from '../shared/reference.schema';

/**
 * Settings of the sentiment node: score the last message or the whole conversation
 * from −1 to 1, then branch on the two thresholds.
 */
export const sentimentSettingsSchema = z
  .object({
    target: z
      .enum(['last-message', 'conversation'])
      .default('last-message')
      .meta({ label: { en: 'Score', zh: '分析对象' }, widget: 'select' }),
    variable: variableRefSchema.optional().meta({
      label: { en: 'Save score in', zh: '分数存入' },
      widget: 'variable',
      help: {
        en: 'A number from -1 (negative) to 1 (positive)',
        zh: '-1（负面）到 1（正面）之间的数',
      },
    }),
    negativeBelow: z
      .number()
      .min(-1)
      .max(1)
      .default(-0.3)
      .meta({ label: { en: 'Negative below', zh: '低于此值为负面' }, widget: 'number' }),
    positiveAbove: z
      .number()
      .min(-1)
      .max(1)
      .default(0.3)
      .meta({ label: { en: 'Positive above', zh: '高于此值为正面' }, widget: 'number' }),
  })
  .refine((settings) => settings.negativeBelow < settings.positiveAbove, {
    message: 'The negative threshold must be below the positive one',
    path: ['negativeBelow'],
  });
export type SentimentSettings = z.infer<typeof sentimentSettingsSchema>;
