import type { Json, JsonObject } from '@parley/engine';

/**
 * Reads `name=value` pairs (`--var`, `--contact`, `/handback`). A value that is JSON
 * (`12`, `true`, `{"a":1}`, `"quoted"`) is taken as such; anything else is a string,
 * so `--var tier=gold` needs no quotes.
 */
export function parseAssignments(
  pairs: readonly string[],
  what: string,
): { ok: true; value: JsonObject } | { ok: false; message: string } {
  const value: JsonObject = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const name = at < 0 ? '' : pair.slice(0, at).trim();
    if (name === '') return { ok: false, message: `${what} "${pair}" is not name=value` };
    value[name] = jsonOrText(pair.slice(at + 1));
  }
  return { ok: true, value };
}

function jsonOrText(text: string): Json {
  try {
    const parsed: unknown = JSON.parse(text);
    return isJson(parsed) ? parsed : text;
  } catch {
    return text;
  }
}

function isJson(value: unknown): value is Json {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isJson);
  return typeof value === 'object' && Object.values(value).every(isJson);
}
