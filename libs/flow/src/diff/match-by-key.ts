import { compareStrings } from './json-changes';

/** Items of two lists paired by key. */
export interface KeyedMatch<T> {
  /** Keys only the second list has (with the item), sorted by key. */
  added: { key: string; item: T }[];
  /** Keys only the first list has, sorted by key. */
  removed: { key: string; item: T }[];
  /** Items both lists have, sorted by key. */
  common: { key: string; before: T; after: T }[];
}

/**
 * Pairs the items of two lists by key (an id or a name), ignoring their order.
 * Keys should be unique, but a draft may hold duplicates (`validateBot` reports
 * them): the n-th item with a key pairs with the n-th on the other side, and the
 * ones left over count as added or removed, so no difference goes unseen.
 */
export function matchByKey<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
): KeyedMatch<T> {
  const beforeGroups = groupByKey(before, keyOf);
  const afterGroups = groupByKey(after, keyOf);
  const match: KeyedMatch<T> = { added: [], removed: [], common: [] };
  const keys = [...new Set([...beforeGroups.keys(), ...afterGroups.keys()])].sort(compareStrings);
  for (const key of keys) {
    const was = beforeGroups.get(key) ?? [];
    const now = afterGroups.get(key) ?? [];
    for (let i = 0; i < Math.max(was.length, now.length); i += 1) {
      const old = was[i];
      const current = now[i];
      if (old !== undefined && current !== undefined) {
        match.common.push({ key, before: old, after: current });
      } else if (current !== undefined) match.added.push({ key, item: current });
      else if (old !== undefined) match.removed.push({ key, item: old });
    }
  }
  return match;
}

/** A Map, not an object: keys such as `__proto__` or `constructor` are ordinary here. */
function groupByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
