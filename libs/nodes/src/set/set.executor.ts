import { defineExecutor, type NodeResult } from '@parley/engine';
import { errorReason } from '../shared/error-reason';
import { setSettingsSchema } from './set.schema';

/**
 * Runs a set node: evaluates the assignments in order and stores each result, so a
 * later assignment reads the earlier ones (`vars.total` then `vars.total * 1.2`).
 * The first failing expression stops the node with an `error` naming its variable;
 * assignments made before it stay.
 */
export const setExecutor = defineExecutor(setSettingsSchema, {
  run: async (ctx): Promise<NodeResult> => {
    for (const [index, assignment] of ctx.settings.assignments.entries()) {
      try {
        ctx.setVar(assignment.variable, await ctx.evaluate(assignment.value));
      } catch (error) {
        return {
          type: 'error',
          reason: `Assignment ${index + 1} (vars.${assignment.variable}) failed: ${errorReason(error)}`,
        };
      }
    }
    return { type: 'outcome', outcome: 'next' };
  },
});
