import { isRecord } from '../is-record';

/** A JSON path as a list of keys and indexes: `["data", "text", "en"]`. */
export type JsonPath = (string | number)[];

/** One differing leaf between two JSON values. */
export interface JsonChange {
  path: JsonPath;
  before: unknown;
  after: unknown;
}

/**
 * Deep equality of JSON values. A key holding `undefined` counts as absent, as it
 * would after a JSON round trip; only own keys are read, so a key named
 * `constructor` or `__proto__` is compared like any other.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b) || a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => jsonEqual(item, b[i]))
    );
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = definedKeys(a);
  if (keys.length !== definedKeys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
}

/**
 * Where two JSON values differ, as deep as it stays meaningful: objects are
 * compared key by key (keys sorted, so the result does not depend on key order),
 * arrays of the same length index by index; an array whose length changed, or a
 * value whose type changed, is one change at its own path.
 */
export function jsonChanges(before: unknown, after: unknown, path: JsonPath = []): JsonChange[] {
  if (jsonEqual(before, after)) return [];
  if (isRecord(before) && isRecord(after)) {
    return sortedUnion(definedKeys(before), definedKeys(after)).flatMap((key) =>
      jsonChanges(ownValue(before, key), ownValue(after, key), [...path, key]),
    );
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, i) => jsonChanges(item, after[i], [...path, i]));
  }
  return [{ path, before, after }];
}

/** Own keys whose value is not `undefined`. */
export function definedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => record[key] !== undefined);
}

/** The value of an own key, never one inherited from `Object.prototype`. */
export function ownValue(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Both lists' distinct strings, sorted by code unit (independent of the machine's locale). */
export function sortedUnion(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort(compareStrings);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
