import { z } from 'zod';
import { expressionSchema } from '../shared/expression.schema';
import { variableRefSchema } from '../shared/reference.schema';

/**
 * Settings of the knowledge node: what to search the bot's knowledge base for, and
 * whether to send the best passage as is (`direct`) or have the LLM answer from the
 * passages found (`llm`).
 */
export const knowledgeSettingsSchema = z.object({
  question: expressionSchema.optional().meta({
    label: { en: 'Question', zh: '问题' },
    widget: 'expression',
    help: { en: "Defaults to the customer's current message", zh: '默认使用客户当前的消息' },
    placeholder: 'input.text',
  }),
  answerMode: z
    .enum(['direct', 'llm'])
    .default('direct')
    .meta({
      label: { en: 'Answer', zh: '回答方式' },
      widget: 'select',
      help: {
        en: 'Direct sends the best passage; LLM writes an answer from the passages found',
        zh: '直接发送最佳段落；或由大模型根据检索到的段落作答',
      },
    }),
  maxPassages: z
    .number()
    .int()
    .min(1)
    .max(10)
    .default(3)
    .meta({
      label: { en: 'Passages to use', zh: '使用段落数' },
      widget: 'number',
      section: 'advanced',
    }),
  minScore: z
    .number()
    .min(0)
    .max(1)
    .default(0.3)
    .meta({
      label: { en: 'Minimum relevance', zh: '最低相关度' },
      widget: 'number',
      section: 'advanced',
      help: { en: 'Passages scoring lower count as not found', zh: '低于此分的段落视为未找到' },
    }),
  outputVariable: variableRefSchema.optional().meta({
    label: { en: 'Save answer in', zh: '答案存入' },
    widget: 'variable',
  }),
});
export type KnowledgeSettings = z.infer<typeof knowledgeSettingsSchema>;
