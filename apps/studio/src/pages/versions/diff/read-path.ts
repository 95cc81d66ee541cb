/**
 * Reads a value at a path written the way the diff writes them (`data.text.en`,
 * `data.text["zh-CN"]`, `branches[0].when`); `undefined` where nothing is there.
 */
export function readPath(root: unknown, path: string): unknown {
  let value = root;
  for (const key of pathKeys(path)) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

const token = /(?:^|\.)([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;

/** `a.b["zh-CN"][0]` → `['a', 'b', 'zh-CN', 0]`. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const match of path.matchAll(token)) {
    const [, name, index, quoted] = match;
    if (name !== undefined) keys.push(name);
    else if (index !== undefined) keys.push(Number(index));
    else if (quoted !== undefined) keys.push(JSON.parse(quoted) as string);
  }
  return keys;
}
