import { z } from 'zod';
import { answerTypeSchema } from '../shared/answer-type.schema';
import { choiceListSchema } from '../shared/choice.schema';
import { dynamicItemsSchema } from '../shared/dynamic-items.schema';
import { variableRefSchema } from '../shared/reference.schema';
import { templateSchema } from '../shared/template.schema';

/**
 * Settings of the ask node: the question, where the answer goes and how it is
 * checked. After `maxTries` invalid answers the node takes `invalid`; with
 * `timeoutSeconds` set, silence takes `timeout`.
 */
export const askSettingsSchema = z.object({
  question: templateSchema.meta({ label: { en: 'Question', zh: '问题' }, widget: 'template' }),
  variable: variableRefSchema.meta({
    label: { en: 'Save answer in', zh: '回答存入' },
    widget: 'variable',
  }),
  type: answerTypeSchema
    .default('text')
    .meta({ label: { en: 'Answer type', zh: '回答类型' }, widget: 'select' }),
  choices: choiceListSchema.default([]).meta({
    label: { en: 'Choices', zh: '选项' },
    widget: 'list',
    help: {
      en: 'For choice answers; shown as quick replies',
      zh: '用于选项类回答，以快捷回复显示',
    },
  }),
  choicesFrom: dynamicItemsSchema.optional().meta({
    label: { en: 'Choices from a list', zh: '由列表生成选项' },
    help: { en: 'One choice per item of a list variable', zh: '列表变量中每项生成一个选项' },
    section: 'advanced',
  }),
  pattern: z
    .string()
    .min(1)
    .max(1_000)
    .optional()
    .meta({
      label: { en: 'Pattern', zh: '正则表达式' },
      widget: 'text',
      help: {
        en: 'For pattern answers, e.g. ^[A-Z]{2}\\d{6}$',
        zh: '用于正则类回答，如 ^[A-Z]{2}\\d{6}$',
      },
    }),
  min: z
    .number()
    .optional()
    .meta({ label: { en: 'Minimum', zh: '最小值' }, widget: 'number' }),
  max: z
    .number()
    .optional()
    .meta({ label: { en: 'Maximum', zh: '最大值' }, widget: 'number' }),
  retryMessage: templateSchema.optional().meta({
    label: { en: 'Message on invalid answer', zh: '回答无效时的提示' },
    widget: 'template',
  }),
  maxTries: z
    .number()
    .int()
    .min(1)
    .max(10)
    .default(3)
    .meta({ label: { en: 'Tries', zh: '尝试次数' }, widget: 'number', section: 'advanced' }),
  timeoutSeconds: z
    .number()
    .int()
    .min(5)
    .max(86_400)
    .optional()
    .meta({
      label: { en: 'Timeout (seconds)', zh: '超时（秒）' },
      widget: 'number',
      section: 'advanced',
      help: { en: 'Adds a "No reply" outcome', zh: '设置后增加“超时未回复”出口' },
    }),
  skipIfSet: z
    .boolean()
    .default(false)
    .meta({
      label: { en: 'Skip if already known', zh: '已有值时跳过' },
      widget: 'switch',
      section: 'advanced',
    }),
});
export type AskSettings = z.infer<typeof askSettingsSchema>;
