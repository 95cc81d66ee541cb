import { z } from 'zod';
import { templateSchema } from '../shared/template.schema';

/**
 * Settings of the handoff node: queue the conversation for a human agent (with an
 * LLM summary when asked) and wait until the agent hands it back.
 */
export const handoffSettingsSchema = z.object({
  queue: z
    .string()
    .min(1)
    .max(100)
    .default('default')
    .meta({ label: { en: 'Queue', zh: '队列' }, widget: 'text' }),
  priority: z
    .enum(['normal', 'high'])
    .default('normal')
    .meta({ label: { en: 'Priority', zh: '优先级' }, widget: 'select' }),
  message: templateSchema.optional().meta({
    label: { en: 'Message while waiting', zh: '等待时的提示' },
    widget: 'template',
  }),
  includeSummary: z
    .boolean()
    .default(true)
    .meta({
      label: { en: 'Summarise for the agent', zh: '为客服生成摘要' },
      widget: 'switch',
    }),
  maxWaitMinutes: z
    .number()
    .int()
    .min(1)
    .max(1_440)
    .default(10)
    .meta({
      label: { en: 'Wait at most (minutes)', zh: '最长等待（分钟）' },
      widget: 'number',
      help: {
        en: 'Then the "No agent available" outcome is taken',
        zh: '超时后走“无可用客服”出口',
      },
    }),
});
export type HandoffSettings = z.infer<typeof handoffSettingsSchema>;
