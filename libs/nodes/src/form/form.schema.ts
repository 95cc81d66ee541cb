import { identifierSchema } from '@parley/flow';
import { z } from 'zod';
import { answerTypeSchema } from '../shared/answer-type.schema';
import { choiceListSchema } from '../shared/choice.schema';
import { variableRefSchema } from '../shared/reference.schema';
import { templateSchema } from '../shared/template.schema';
import { uniqueBy } from '../shared/unique-by.refinement';

const formFieldSchema = z.object({
  name: identifierSchema.meta({ label: { en: 'Name', zh: '名称' }, widget: 'text' }),
  variable: variableRefSchema.meta({ label: { en: 'Save in', zh: '存入' }, widget: 'variable' }),
  type: answerTypeSchema
    .default('text')
    .meta({ label: { en: 'Answer type', zh: '回答类型' }, widget: 'select' }),
  prompt: templateSchema.meta({
    label: { en: 'Prompt', zh: '提问' },
    widget: 'template',
    help: { en: 'Asked when this field is still missing', zh: '该字段缺失时发问' },
  }),
  required: z
    .boolean()
    .default(true)
    .meta({ label: { en: 'Required', zh: '必填' }, widget: 'switch' }),
  choices: choiceListSchema
    .optional()
    .meta({ label: { en: 'Choices', zh: '选项' }, widget: 'list' }),
  pattern: z
    .string()
    .min(1)
    .max(1_000)
    .optional()
    .meta({ label: { en: 'Pattern', zh: '正则表达式' }, widget: 'text' }),
});
export type FormField = z.infer<typeof formFieldSchema>;

/**
 * Settings of the form node: fields collected in any order (several per message),
 * asking only for what is missing, then confirming. Cancel keywords end it early.
 */
export const formSettingsSchema = z.object({
  fields: z
    .array(formFieldSchema)
    .min(1)
    .max(20)
    .superRefine(uniqueBy('name', 'Field name'))
    .meta({ label: { en: 'Fields', zh: '字段' }, widget: 'list' }),
  confirm: z
    .boolean()
    .default(true)
    .meta({ label: { en: 'Confirm before finishing', zh: '完成前确认' }, widget: 'switch' }),
  confirmPrompt: templateSchema.optional().meta({
    label: { en: 'Confirmation question', zh: '确认提问' },
    widget: 'template',
  }),
  cancelKeywords: z
    .object({
      en: z
        .array(z.string().min(1).max(100))
        .max(50)
        .meta({ label: { en: 'English', zh: '英文' }, widget: 'list' }),
      zh: z
        .array(z.string().min(1).max(100))
        .max(50)
        .meta({ label: { en: 'Chinese', zh: '中文' }, widget: 'list' }),
    })
    .default({ en: ['cancel', 'stop'], zh: ['取消', '算了'] })
    .meta({
      label: { en: 'Cancel keywords', zh: '取消关键词' },
      help: {
        en: 'Saying one of these takes the "Cancelled" outcome',
        zh: '说出其中之一即走“已取消”出口',
      },
      section: 'advanced',
    }),
});
export type FormSettings = z.infer<typeof formSettingsSchema>;
