import { z } from 'zod';
import { templateSchema } from '../shared/template.schema';

/**
 * Settings of the end node. `flow` returns to the calling flow; in a flow nobody
 * called, the conversation goes idle and the next message starts it again.
 * `status` feeds analytics.
 */
export const endSettingsSchema = z.object({
  ends: z
    .enum(['conversation', 'flow'])
    .default('conversation')
    .meta({
      label: { en: 'End', zh: '结束' },
      widget: 'select',
      help: {
        en: 'Ending the flow returns to the flow that called it; in the main flow, the next message starts over',
        zh: '结束流程会回到调用它的流程；在主流程中，下一条消息会重新开始',
      },
    }),
  status: z
    .enum(['resolved', 'unresolved'])
    .default('resolved')
    .meta({ label: { en: 'Mark as', zh: '标记为' }, widget: 'select' }),
  message: templateSchema
    .optional()
    .meta({ label: { en: 'Goodbye message', zh: '结束语' }, widget: 'template' }),
});
export type EndSettings = z.infer<typeof endSettingsSchema>;
