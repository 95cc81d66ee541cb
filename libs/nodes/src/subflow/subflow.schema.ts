import { identifierSchema } from '@parley/flow';
import { z } from 'zod';
import { expressionSchema } from '../shared/expression.schema';
import { flowRefSchema, variableRefSchema } from '../shared/reference.schema';

const resultSchema = z.object({
  variable: variableRefSchema.meta({ label: { en: 'Save in', zh: '存入' }, widget: 'variable' }),
  from: identifierSchema.meta({
    label: { en: 'Returned value', zh: '返回值' },
    widget: 'text',
    help: { en: "One of the called flow's return values", zh: '被调用流程的某个返回值' },
  }),
});
export type SubflowResult = z.infer<typeof resultSchema>;

/**
 * Settings of the subflow node: call another flow with parameters (expressions
 * evaluated here, read there as `vars.<name>`), then copy its returned values back.
 */
export const subflowSettingsSchema = z.object({
  flowId: flowRefSchema.meta({ label: { en: 'Call flow', zh: '调用流程' }, widget: 'flow' }),
  parameters: z
    .record(identifierSchema, expressionSchema)
    .default({})
    .meta({
      label: { en: 'Parameters', zh: '参数' },
      widget: 'key-value',
      help: {
        en: "Each value is an expression; keys are the flow's parameters",
        zh: '键为流程参数，值为表达式',
      },
    }),
  results: z
    .array(resultSchema)
    .max(50)
    .default([])
    .meta({ label: { en: 'Results', zh: '返回结果' }, widget: 'list' }),
});
export type SubflowSettings = z.infer<typeof subflowSettingsSchema>;
