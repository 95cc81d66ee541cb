import { defineExecutor } from '@parley/engine';
import { jumpSettingsSchema } from './jump.schema';

/**
 * Runs a jump node: the conversation continues at the start of `flowId` and never
 * comes back (the engine replaces the current frame). An unknown flow is the
 * engine's to report, as `validateBot` already flags it.
 */
export const jumpExecutor = defineExecutor(jumpSettingsSchema, {
  run: (ctx) => ({ type: 'jump', flowId: ctx.settings.flowId }),
});
