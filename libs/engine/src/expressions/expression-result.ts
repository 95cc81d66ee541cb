import type { Json } from '../json';
import { ExpressionLimitError, expressionLimits } from './expression-limits';

/**
 * Copy what jsonata returned into plain JSON, enforcing the result bounds: `undefined`
 * becomes `null`, sequences plain arrays; functions and non-finite numbers are refused.
 */
export function toJsonResult(value: unknown): Json {
  return toJson(value, 0) ?? null;
}

function toJson(value: unknown, depth: number): Json | undefined {
  if (value === undefined || value === null || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'string') {
    if (value.length > expressionLimits.stringLength) {
      throw new ExpressionLimitError(
        `the result is longer than ${expressionLimits.stringLength} characters`,
        'P0002',
      );
    }
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new ExpressionLimitError('the result is not a finite number', 'P0012');
    }
    return value;
  }
  if (typeof value !== 'object' || isJsonataFunction(value)) {
    throw new ExpressionLimitError('an expression may not return a function', 'P0013');
  }
  if (depth > expressionLimits.nestingDepth) {
    throw new ExpressionLimitError('the result is nested too deeply', 'P0006');
  }
  if (Array.isArray(value)) {
    if (value.length > expressionLimits.arrayLength) {
      throw new ExpressionLimitError(
        `the result has more than ${expressionLimits.arrayLength} items`,
        'P0003',
      );
    }
    return value.map((item: unknown) => toJson(item, depth + 1) ?? null);
  }
  const copy: Record<string, Json> = {};
  for (const key of Object.keys(value)) {
    const item = toJson(Reflect.get(value, key), depth + 1);
    if (item !== undefined) {
      // defineProperty keeps a `__proto__` key as data instead of re-pointing the prototype.
      Object.defineProperty(copy, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return copy;
}

function isJsonataFunction(value: object): boolean {
  return '_jsonata_function' in value || '_jsonata_lambda' in value;
}
