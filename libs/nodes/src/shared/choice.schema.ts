import { idSchema } from '@parley/flow';
import { z } from 'zod';
import { templateSchema } from './template.schema';
import { uniqueBy } from './unique-by.refinement';

/** One accepted answer of a `choice` question; shown as a quick reply. */
export const choiceSchema = z.object({
  id: idSchema.meta({ label: { en: 'Id', zh: '编号' }, widget: 'text' }),
  label: templateSchema.meta({ label: { en: 'Label', zh: '显示文字' }, widget: 'template' }),
  value: z
    .string()
    .min(1)
    .max(200)
    .meta({
      label: { en: 'Value', zh: '取值' },
      widget: 'text',
      help: { en: 'What is stored in the variable', zh: '存入变量的值' },
    }),
  synonyms: z
    .array(z.string().min(1).max(200))
    .max(50)
    .default([])
    .meta({
      label: { en: 'Synonyms', zh: '同义词' },
      widget: 'list',
      help: { en: 'Other ways customers say it', zh: '客户的其他说法' },
    }),
});
export type Choice = z.infer<typeof choiceSchema>;

/** The fixed choices of a question: at most 50, ids unique. */
export const choiceListSchema = z
  .array(choiceSchema)
  .max(50)
  .superRefine(uniqueBy('id', 'Choice id'))
  .meta({ widget: 'list' });
