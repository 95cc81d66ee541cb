import { z } from 'zod';
import { httpRequestBaseSchema } from '../shared/http-request.schema';
import { responseMappingsSchema } from '../shared/mapping.schema';
import { variableRefSchema } from '../shared/reference.schema';

const actionHttpSchema = z.object({
  method: z
    .enum(['POST', 'PUT', 'PATCH', 'DELETE'])
    .default('POST')
    .meta({ label: { en: 'Method', zh: '方法' }, widget: 'select' }),
  ...httpRequestBaseSchema.shape,
});

/**
 * Settings of the action node: one HTTP write (sent with an idempotency key per
 * turn and never retried blindly), then the response mapped into variables.
 */
export const actionSettingsSchema = z.object({
  http: actionHttpSchema.meta({ label: { en: 'HTTP request', zh: 'HTTP 请求' } }),
  mappings: responseMappingsSchema,
  resultVariable: variableRefSchema.optional().meta({
    label: { en: 'Save whole response in', zh: '完整响应存入' },
    widget: 'variable',
  }),
});
export type ActionSettings = z.infer<typeof actionSettingsSchema>;
