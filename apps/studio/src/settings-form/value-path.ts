/** Where a value sits inside a node's settings: keys and list indexes. */
export type ValuePath = readonly (string | number)[];

/** `branches.0.when`: the form's key for a path (field test ids and issue lookup). */
export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The value at `path`, or `undefined` when any step is missing. */
export function getIn(value: unknown, path: ValuePath): unknown {
  let current = value;
  for (const step of path) {
    if (Array.isArray(current) && typeof step === 'number') current = listItem(current, step);
    else if (isPlainObject(current)) current = current[String(step)];
    else return undefined;
  }
  return current;
}

/**
 * A copy of `root` with `value` at `path`, creating objects and lists on the way.
 * `undefined` removes an object key (a left-out optional setting), never leaving
 * `key: undefined` behind in the document.
 */
export function setIn(root: unknown, path: ValuePath, value: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return value;
  if (typeof step === 'number') {
    const list = listOf(root);
    list[step] = setIn(list[step], rest, value);
    return list;
  }
  const object: Record<string, unknown> = isPlainObject(root) ? { ...root } : {};
  const next = setIn(object[step], rest, value);
  if (next === undefined) delete object[step];
  else object[step] = next;
  return object;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `value` when it is a list, else an empty list. */
export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value.map((item: unknown) => item) : [];
}

function listItem(list: readonly unknown[], index: number): unknown {
  return list[index];
}
