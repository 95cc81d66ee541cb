import type { Json } from '../json';
import { compileExpression } from './compiled-expression.cache';
import { toExpressionError } from './expression-error.mapper';
import { expressionLimits } from './expression-limits';
import { toJsonResult } from './expression-result';
import { clockBinding } from './jsonata-guards';
import { bail } from './jsonata-semantics';
import { readOnlyRecord } from './read-only-view';

/** What expressions read: `{ vars, contact, input, nlu, conversation }`, deep read-only. */
export type ExpressionScope = Readonly<Record<string, Json>>;

export interface EvaluateOptions {
  /** Wall-clock limit (default 100 ms). */
  timeoutMs?: number;
  /** The host clock, for `$now()` and `$millis()`. */
  now: () => number;
}

/**
 * Evaluate a JSONata expression over a read-only scope with every guardrail on, taking the
 * fast path when the expression is simple. Throws `ExpressionError` (syntax, limits,
 * runtime errors); `undefined` results come back as `null`. `bindings` are readable as
 * `$name` and as top-level fields (the scope's own fields win).
 */
export async function evaluateExpression(
  source: string,
  scope: ExpressionScope,
  options: EvaluateOptions,
  extra?: Readonly<Record<string, Json>>,
): Promise<Json> {
  const compiled = compileExpression(source, options.timeoutMs ?? expressionLimits.timeoutMs);
  try {
    const bindings = extra ? readOnlyRecord(extra) : undefined;
    const input = bindings ? withBindings(scope, bindings) : scope;
    if (compiled.fast) {
      const value = compiled.fast(input, bindings);
      if (value !== bail) {
        return toJsonResult(value);
      }
    }
    const result: unknown = await compiled.jsonata.evaluate(input, {
      ...bindings,
      [clockBinding]: options.now(),
    });
    return toJsonResult(result);
  } catch (error) {
    throw toExpressionError(error, source);
  }
}

function withBindings(
  scope: ExpressionScope,
  bindings: Readonly<Record<string, Json>>,
): ExpressionScope {
  return readOnlyRecord({ ...bindings, ...scope });
}
