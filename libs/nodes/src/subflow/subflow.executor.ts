import { defineExecutor, type Json, type NodeResult } from '@parley/engine';
import { errorReason } from '../shared/error-reason';
import { subflowSettingsSchema } from './subflow.schema';

/**
 * Runs a subflow node: evaluates each parameter expression here, in the caller's
 * scope, and asks the engine to call `flowId` with them. When the callee ends with
 * `ends: 'flow'`, the engine copies its returned values into the `results`
 * variables and continues at this node's `next`. A parameter that fails to evaluate
 * gives an `error` naming it, and the flow is not called.
 */
export const subflowExecutor = defineExecutor(subflowSettingsSchema, {
  run: async (ctx): Promise<NodeResult> => {
    const args: Record<string, Json> = {};
    for (const [name, expression] of Object.entries(ctx.settings.parameters)) {
      try {
        args[name] = await ctx.evaluate(expression);
      } catch (error) {
        return { type: 'error', reason: `Parameter "${name}" failed: ${errorReason(error)}` };
      }
    }
    return {
      type: 'call',
      flowId: ctx.settings.flowId,
      args,
      results: ctx.settings.results.map(({ variable, from }) => ({ variable, from })),
    };
  },
});
