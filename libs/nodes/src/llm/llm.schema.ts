import { identifierSchema } from '@parley/flow';
import { z } from 'zod';
import { variableRefSchema } from '../shared/reference.schema';
import { templateSchema } from '../shared/template.schema';

const extractFieldSchema = z.object({
  name: identifierSchema.meta({ label: { en: 'Name', zh: '名称' }, widget: 'text' }),
  type: z
    .enum(['string', 'number', 'boolean'])
    .default('string')
    .meta({ label: { en: 'Type', zh: '类型' }, widget: 'select' }),
  description: z
    .string()
    .max(1_000)
    .default('')
    .meta({
      label: { en: 'Description', zh: '说明' },
      widget: 'text',
      help: { en: 'Tells the model what to look for', zh: '告诉模型要提取什么' },
    }),
  variable: variableRefSchema.meta({ label: { en: 'Save in', zh: '存入' }, widget: 'variable' }),
  required: z
    .boolean()
    .default(false)
    .meta({ label: { en: 'Required', zh: '必填' }, widget: 'switch' }),
});
export type LlmExtractField = z.infer<typeof extractFieldSchema>;

const classifyLabelSchema = z.object({
  name: identifierSchema.meta({
    label: { en: 'Name', zh: '名称' },
    widget: 'text',
    help: { en: 'Also the outcome name', zh: '同时作为出口名称' },
  }),
  description: z
    .string()
    .max(1_000)
    .default('')
    .meta({ label: { en: 'Description', zh: '说明' }, widget: 'text' }),
});
export type LlmClassifyLabel = z.infer<typeof classifyLabelSchema>;

/**
 * Settings of the llm node. `reply` streams an answer to the customer, `extract`
 * fills variables from a JSON schema built from `fields`, `classify` routes on
 * `labels`, `summarise` writes a summary to `outputVariable`.
 */
export const llmSettingsSchema = z.object({
  mode: z
    .enum(['reply', 'extract', 'classify', 'summarise'])
    .default('reply')
    .meta({ label: { en: 'Mode', zh: '模式' }, widget: 'select' }),
  prompt: templateSchema.meta({ label: { en: 'Prompt', zh: '提示词' }, widget: 'template' }),
  system: templateSchema.optional().meta({
    label: { en: 'System instructions', zh: '系统指令' },
    widget: 'template',
    section: 'advanced',
  }),
  model: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({
      label: { en: 'Model', zh: '模型' },
      widget: 'text',
      section: 'advanced',
      help: { en: "Defaults to the environment's model", zh: '默认使用环境配置的模型' },
    }),
  temperature: z
    .number()
    .min(0)
    .max(2)
    .default(0.3)
    .meta({ label: { en: 'Temperature', zh: '温度' }, widget: 'number', section: 'advanced' }),
  maxTokens: z
    .number()
    .int()
    .min(1)
    .max(32_000)
    .default(512)
    .meta({ label: { en: 'Max tokens', zh: '最大令牌数' }, widget: 'number', section: 'advanced' }),
  includeHistory: z
    .boolean()
    .default(true)
    .meta({ label: { en: 'Include conversation history', zh: '包含对话历史' }, widget: 'switch' }),
  outputVariable: variableRefSchema.optional().meta({
    label: { en: 'Save text in', zh: '文本存入' },
    widget: 'variable',
    help: { en: 'The reply or summary text', zh: '回复或摘要文本' },
  }),
  fields: z
    .array(extractFieldSchema)
    .max(50)
    .default([])
    .meta({ label: { en: 'Fields to extract', zh: '提取字段' }, widget: 'list' }),
  labels: z
    .array(classifyLabelSchema)
    .max(50)
    .default([])
    .meta({ label: { en: 'Labels', zh: '分类标签' }, widget: 'list' }),
  timeoutSeconds: z
    .number()
    .int()
    .min(1)
    .max(120)
    .default(30)
    .meta({
      label: { en: 'Timeout (seconds)', zh: '超时（秒）' },
      widget: 'number',
      section: 'advanced',
    }),
});
export type LlmSettings = z.infer<typeof llmSettingsSchema>;
export type LlmMode = LlmSettings['mode'];
