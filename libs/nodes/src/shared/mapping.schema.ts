import { z } from 'zod';
import { expressionSchema } from './expression.schema';
import { variableRefSchema } from './reference.schema';

/**
 * `variable ← expression`: the set node's assignments and the response mappings of
 * lookup and action (where the expression reads `response`).
 */
export const mappingSchema = z.object({
  variable: variableRefSchema.meta({ label: { en: 'Variable', zh: '变量' }, widget: 'variable' }),
  value: expressionSchema.meta({ label: { en: 'Value', zh: '值' }, widget: 'expression' }),
});
export type Mapping = z.infer<typeof mappingSchema>;

/** Response mappings of lookup and action: evaluated over the reply as `response`. */
export const responseMappingsSchema = z
  .array(mappingSchema)
  .max(100)
  .default([])
  .meta({
    label: { en: 'Save from the response', zh: '从响应中保存' },
    widget: 'list',
    help: {
      en: 'Each value is an expression over `response`, e.g. response.body.status',
      zh: '每个值都是基于 `response` 的表达式，如 response.body.status',
    },
  });
