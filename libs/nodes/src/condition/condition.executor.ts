import { defineExecutor, type Json, type NodeResult } from '@parley/engine';
import { errorReason } from '../shared/error-reason';
import { conditionSettingsSchema } from './condition.schema';

/**
 * Runs a condition node: tries the branches in order and takes the outcome of the
 * first whose `when` is truthy, else `else`. Branches after the winner are not
 * evaluated. An expression that fails gives an `error` naming the branch, rather
 * than silently counting as false.
 */
export const conditionExecutor = defineExecutor(conditionSettingsSchema, {
  run: async (ctx): Promise<NodeResult> => {
    for (const branch of ctx.settings.branches) {
      let value: Json;
      try {
        value = await ctx.evaluate(branch.when);
      } catch (error) {
        return {
          type: 'error',
          reason: `Branch "${branch.label}" (${branch.id}) failed: ${errorReason(error)}`,
        };
      }
      if (isTruthy(value)) return { type: 'outcome', outcome: branch.id };
    }
    return { type: 'outcome', outcome: 'else' };
  },
});

/**
 * JSONata's `$boolean` rules, so a condition means what it would inside an
 * expression: `null`, `false`, `0`, `""`, `{}` and lists of only falsy values are false.
 */
export function isTruthy(value: Json): boolean {
  if (value === null) return false;
  if (Array.isArray(value)) return value.some(isTruthy);
  switch (typeof value) {
    case 'boolean':
      return value;
    case 'number':
      return value !== 0;
    case 'string':
      return value.length > 0;
    default:
      return Object.keys(value).length > 0;
  }
}
