import type { Json } from '../json';

/**
 * A plain, mutable deep copy of a JSON value, checking it really is JSON (no functions,
 * `undefined` items, non-finite numbers, cycles or absurd nesting). Keys named
 * `__proto__` stay ordinary data. Throws `TypeError` otherwise.
 */
export function jsonCopy(value: unknown, depth = 0): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new TypeError('not JSON: a non-finite number');
    }
    return value;
  }
  if (typeof value !== 'object') {
    throw new TypeError(`not JSON: a value of type ${typeof value}`);
  }
  if (depth > 100) {
    throw new TypeError('not JSON: nested more than 100 levels (or circular)');
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown) => jsonCopy(item, depth + 1));
  }
  const copy: Record<string, Json> = {};
  for (const key of Object.keys(value)) {
    const item: unknown = Reflect.get(value, key);
    if (item !== undefined) {
      Object.defineProperty(copy, key, {
        value: jsonCopy(item, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return copy;
}
