import { z } from 'zod';
import { expressionSchema } from '../shared/expression.schema';
import { httpRequestBaseSchema } from '../shared/http-request.schema';
import { responseMappingsSchema } from '../shared/mapping.schema';
import { variableRefSchema } from '../shared/reference.schema';

const lookupHttpSchema = z.object({
  method: z
    .enum(['GET', 'POST'])
    .default('GET')
    .meta({ label: { en: 'Method', zh: '方法' }, widget: 'select' }),
  ...httpRequestBaseSchema.shape,
});

const lookupTableSchema = z.object({
  table: z
    .string()
    .min(1)
    .max(100)
    .meta({ label: { en: 'Table', zh: '数据表' }, widget: 'text' }),
  filter: expressionSchema.optional().meta({
    label: { en: 'Filter', zh: '筛选' },
    widget: 'expression',
    help: { en: 'Keeps the rows for which it is true', zh: '仅保留使其为真的行' },
  }),
  sortBy: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .meta({ label: { en: 'Sort by', zh: '排序字段' }, widget: 'text' }),
  descending: z
    .boolean()
    .default(false)
    .meta({ label: { en: 'Descending', zh: '降序' }, widget: 'switch' }),
  limit: z
    .number()
    .int()
    .min(1)
    .max(100)
    .default(10)
    .meta({ label: { en: 'Limit', zh: '最多行数' }, widget: 'number' }),
});

/**
 * Settings of the lookup node: read company data over HTTP (with a stored
 * credential) or from a data table, then map the response into variables.
 */
export const lookupSettingsSchema = z
  .object({
    source: z
      .enum(['http', 'table'])
      .default('http')
      .meta({ label: { en: 'Source', zh: '数据来源' }, widget: 'select' }),
    http: lookupHttpSchema.optional().meta({ label: { en: 'HTTP request', zh: 'HTTP 请求' } }),
    table: lookupTableSchema.optional().meta({ label: { en: 'Data table', zh: '数据表' } }),
    resultVariable: variableRefSchema.optional().meta({
      label: { en: 'Save whole response in', zh: '完整响应存入' },
      widget: 'variable',
    }),
    mappings: responseMappingsSchema,
    notFoundWhen: expressionSchema.optional().meta({
      label: { en: 'Not found when', zh: '视为未找到的条件' },
      widget: 'expression',
      section: 'advanced',
      help: { en: 'Defaults to HTTP 404 or an empty result', zh: '默认：HTTP 404 或结果为空' },
    }),
  })
  .superRefine((settings, ctx) => {
    // The source picks which half of the settings applies; the other may linger from editing.
    if (settings.source === 'http' && settings.http === undefined) {
      ctx.addIssue({ code: 'custom', path: ['http'], message: 'An HTTP lookup needs a request' });
    }
    if (settings.source === 'table' && settings.table === undefined) {
      ctx.addIssue({ code: 'custom', path: ['table'], message: 'A table lookup needs a table' });
    }
  });
export type LookupSettings = z.infer<typeof lookupSettingsSchema>;
