import type { Json } from '../json';
import { ExpressionLimitError, expressionLimits } from './expression-limits';

/**
 * A deep copy of a JSON value made of frozen, null-prototype objects and frozen arrays.
 * Expressions and executors read these: keys such as `__proto__` or `constructor` are
 * plain data on them, and nothing can write through them into the engine's state.
 */
export function readOnlyCopy(value: Json, depth = 0): Json {
  if (value === null || typeof value !== 'object') {
    return value;
  }
  if (depth > expressionLimits.nestingDepth) {
    throw new ExpressionLimitError(
      `value nested deeper than ${expressionLimits.nestingDepth} levels`,
      'P0006',
    );
  }
  if (Object.isFrozen(value) && isReadOnlyShape(value)) {
    return value;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => readOnlyCopy(item, depth + 1));
    Object.freeze(items);
    return items;
  }
  return readOnlyRecord(value, depth);
}

/** A frozen null-prototype record of already read-only values (plus copies of the rest). */
export function readOnlyRecord(
  source: Readonly<Record<string, Json | undefined>>,
  depth = 0,
): Readonly<Record<string, Json>> {
  const copy: Record<string, Json> = {};
  // Before any key is written, so a `__proto__` key becomes plain data.
  Object.setPrototypeOf(copy, null);
  for (const key of Object.keys(source)) {
    const item = source[key];
    if (item !== undefined) {
      copy[key] = readOnlyCopy(item, depth + 1);
    }
  }
  return Object.freeze(copy);
}

/** Frozen arrays and null-prototype objects were made by us; reuse them instead of copying. */
function isReadOnlyShape(value: object): boolean {
  return Array.isArray(value) || Object.getPrototypeOf(value) === null;
}
