import { z } from 'zod';
import { entityRefSchema, intentRefSchema, variableRefSchema } from '../shared/reference.schema';
import { templateSchema } from '../shared/template.schema';

const entityCaptureSchema = z.object({
  entity: entityRefSchema.meta({ label: { en: 'Entity', zh: '实体' }, widget: 'entity' }),
  variable: variableRefSchema.meta({ label: { en: 'Save in', zh: '存入' }, widget: 'variable' }),
});
export type EntityCapture = z.infer<typeof entityCaptureSchema>;

/**
 * Settings of the intent node: which intents to route on (none listed = every
 * intent of the bot), the confidence needed, and entities to save.
 */
export const intentSettingsSchema = z.object({
  intents: z
    .array(intentRefSchema.meta({ label: { en: 'Intent', zh: '意图' }, widget: 'intent' }))
    .max(200)
    .refine((names) => new Set(names).size === names.length, 'Each intent may be listed once')
    .default([])
    .meta({
      label: { en: 'Intents', zh: '意图' },
      widget: 'list',
      help: {
        en: 'One outcome per intent; leave empty to route on every intent of the bot',
        zh: '每个意图一个出口；留空则使用机器人的全部意图',
      },
    }),
  threshold: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .meta({
      label: { en: 'Confidence threshold', zh: '置信度阈值' },
      widget: 'number',
      section: 'advanced',
      help: { en: "Defaults to the bot's setting", zh: '默认使用机器人设置' },
    }),
  entities: z
    .array(entityCaptureSchema)
    .max(50)
    .default([])
    .meta({ label: { en: 'Save entities', zh: '保存实体' }, widget: 'list' }),
  prompt: templateSchema.optional().meta({
    label: { en: 'Prompt', zh: '提示语' },
    widget: 'template',
    help: { en: 'Said before waiting for the message', zh: '等待客户消息前发送' },
  }),
});
export type IntentSettings = z.infer<typeof intentSettingsSchema>;
