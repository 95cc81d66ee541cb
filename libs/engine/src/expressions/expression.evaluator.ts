import type { Json } from '../json';
import { compileExpression, type CompiledExpression } from './compiled-expression.cache';
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
  return evaluateSoon(source, scope, options, extra);
}

/**
 * `evaluateExpression` for the engine's own hot paths: answers synchronously when the
 * fast path decides (most conditions, assignments and placeholders), so a template with
 * several placeholders costs one promise rather than one per placeholder. Errors are
 * thrown synchronously or rejected, as `ExpressionError` either way.
 */
export function evaluateSoon(
  source: string,
  scope: ExpressionScope,
  options: EvaluateOptions,
  extra?: Readonly<Record<string, Json>>,
): Json | Promise<Json> {
  let compiled: CompiledExpression;
  let bindings: Readonly<Record<string, Json>> | undefined;
  let input: ExpressionScope;
  try {
    compiled = compileExpression(source, options.timeoutMs ?? expressionLimits.timeoutMs);
    bindings = extra ? readOnlyRecord(extra) : undefined;
    input = bindings ? withBindings(scope, bindings) : scope;
    if (compiled.fast) {
      const value = compiled.fast(input, bindings);
      if (value !== bail) {
        return toJsonResult(value);
      }
    }
  } catch (error) {
    throw toExpressionError(error, source);
  }
  return evaluateWithJsonata(compiled, source, input, bindings, options);
}

async function evaluateWithJsonata(
  compiled: CompiledExpression,
  source: string,
  input: ExpressionScope,
  bindings: Readonly<Record<string, Json>> | undefined,
  options: EvaluateOptions,
): Promise<Json> {
  try {
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
