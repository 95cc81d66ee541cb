import { z } from 'zod';
import { expressionSchema } from './expression.schema';

/**
 * Buttons or choices built at run time from a list: `items` gives the array, then
 * `label` and `payload` are evaluated once per item with the item bound as `$item`.
 * Shared by the message node's `buttonsFrom` and the ask node's `choicesFrom`.
 */
export const dynamicItemsSchema = z.object({
  items: expressionSchema.meta({
    label: { en: 'Items', zh: '列表' },
    widget: 'expression',
    help: {
      en: 'An expression giving an array, e.g. vars.orders',
      zh: '结果为数组的表达式，如 vars.orders',
    },
  }),
  label: expressionSchema.meta({
    label: { en: 'Label of each item', zh: '每项的文字' },
    widget: 'expression',
    help: { en: 'Evaluated per item, e.g. $item.title', zh: '逐项计算，如 $item.title' },
  }),
  payload: expressionSchema.meta({
    label: { en: 'Payload of each item', zh: '每项的回传值' },
    widget: 'expression',
    help: { en: 'Evaluated per item, e.g. $item.id', zh: '逐项计算，如 $item.id' },
  }),
});
export type DynamicItems = z.infer<typeof dynamicItemsSchema>;
