import { z } from 'zod';
import { flowRefSchema } from '../shared/reference.schema';

/** Settings of the jump node: the flow to continue in, from its start, never returning. */
export const jumpSettingsSchema = z.object({
  flowId: flowRefSchema.meta({ label: { en: 'Go to flow', zh: '跳转到流程' }, widget: 'flow' }),
});
export type JumpSettings = z.infer<typeof jumpSettingsSchema>;
