import type { Json, NodeContext } from '@parley/engine';
import { errorReason } from './error-reason';
import type { Mapping } from './mapping.schema';

type MappingContext = Pick<NodeContext<unknown>, 'evaluate' | 'setVar'>;

/** 2xx. */
export function isSuccessStatus(status: number): boolean {
  return status >= 200 && status < 300;
}

/**
 * Runs the response mappings (`variable ← expression over response`) and stores the
 * whole result in `resultVariable`. Every expression is evaluated before any variable
 * is set, so a failing mapping leaves the variables as they were. Returns the reason
 * of the first failure, or `undefined` when all went well.
 */
export async function applyResponseMappings(
  ctx: MappingContext,
  response: Json,
  mappings: readonly Mapping[],
  result?: { variable: string | undefined; value: Json },
): Promise<string | undefined> {
  const values: { variable: string; value: Json }[] = [];
  for (const mapping of mappings) {
    try {
      values.push({
        variable: mapping.variable,
        value: await ctx.evaluate(mapping.value, { response }),
      });
    } catch (error) {
      return `Mapping to vars.${mapping.variable} failed: ${errorReason(error)}`;
    }
  }
  if (result?.variable !== undefined) ctx.setVar(result.variable, result.value);
  for (const { variable, value } of values) ctx.setVar(variable, value);
  return undefined;
}

/**
 * Evaluates a condition over `response`, JSONata-truthy (`$boolean`): false, null, 0,
 * "" and empty arrays/objects are false. A failing expression is reported, not hidden.
 */
export async function evaluateResponseCondition(
  ctx: Pick<NodeContext<unknown>, 'evaluate'>,
  expression: string,
  response: Json,
): Promise<{ ok: true; value: boolean } | { ok: false; reason: string }> {
  try {
    return { ok: true, value: isTruthy(await ctx.evaluate(expression, { response })) };
  } catch (error) {
    return { ok: false, reason: `The condition "${expression}" failed: ${errorReason(error)}` };
  }
}

/** JSONata's `$boolean` semantics for a JSON value. */
export function isTruthy(value: Json): boolean {
  if (value === null || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.some(isTruthy);
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}
