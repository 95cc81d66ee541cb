/**
 * Writes a path the way analysts read field names: `cards[0].buttons[1].label`.
 * Keys that are not plain identifiers are quoted: `text["zh-CN"]`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${String(key)}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(document root)' : out;
}

/** Shortens a value quoted in a message so that a huge string cannot flood the UI. */
export function quoteShort(value: string, max = 60): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(shown);
}
