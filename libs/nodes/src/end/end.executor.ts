import { defineExecutor, type NodeResult } from '@parley/engine';
import { endSettingsSchema } from './end.schema';

/**
 * Runs an end node: says the goodbye message, if any, then ends the conversation
 * (`ends: 'conversation'`) or returns from the current flow (`ends: 'flow'`; the
 * engine resumes the caller, or finishes when the flow was not called), marked
 * resolved or unresolved.
 */
export const endExecutor = defineExecutor(endSettingsSchema, {
  run: async (ctx): Promise<NodeResult> => {
    const { message, ends, status } = ctx.settings;
    if (message !== undefined) ctx.say({ type: 'text', text: await ctx.render(message) });
    return ends === 'flow' ? { type: 'return', status } : { type: 'end', status };
  },
});
