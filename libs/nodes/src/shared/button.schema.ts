import { idSchema } from '@parley/flow';
import { z } from 'zod';
import { templateSchema } from './template.schema';
import { uniqueBy } from './unique-by.refinement';

/** One button or quick reply; pressing it sends `payload` (or the label) back. */
export const buttonSchema = z.object({
  id: idSchema.meta({
    label: { en: 'Id', zh: '编号' },
    widget: 'text',
    help: { en: 'Stable key of the button', zh: '按钮的固定标识' },
  }),
  label: templateSchema.meta({ label: { en: 'Label', zh: '按钮文字' }, widget: 'template' }),
  payload: z
    .string()
    .min(1)
    .max(1_000)
    .optional()
    .meta({
      label: { en: 'Payload', zh: '回传值' },
      widget: 'text',
      help: {
        en: 'Sent back when pressed, as input.payload; defaults to the label',
        zh: '点击后作为 input.payload 回传；留空则回传按钮文字',
      },
    }),
});
export type Button = z.infer<typeof buttonSchema>;

/** The buttons of a message or a card: at most 20, ids unique. */
export const buttonListSchema = z
  .array(buttonSchema)
  .max(20)
  .superRefine(uniqueBy('id', 'Button id'))
  .meta({ widget: 'list' });
export type ButtonList = z.infer<typeof buttonListSchema>;
