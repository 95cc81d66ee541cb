import { MASK, type Json } from '@parley/engine';

/**
 * Values this short are not searched for: replacing every "abc" in a reply would
 * mangle it, and no real credential is that short.
 */
const MIN_SCRUBBED_LENGTH = 6;

/** `text` with every occurrence of `secret` replaced by the mask. */
export function scrubText(text: string, secret: string | undefined): string {
  if (secret === undefined || secret.length < MIN_SCRUBBED_LENGTH) return text;
  return text.split(secret).join(MASK);
}

/**
 * A copy of a reply body with the secret masked in every string and key. A service
 * that echoes the request's headers back (debug endpoints do) would otherwise carry
 * the credential into variables and the trace.
 */
export function scrubJson(value: Json, secret: string | undefined): Json {
  if (secret === undefined || secret.length < MIN_SCRUBBED_LENGTH) return value;
  if (typeof value === 'string') return scrubText(value, secret);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrubJson(item, secret));
  const copy: Record<string, Json> = {};
  for (const [key, item] of Object.entries(value)) {
    // Own properties only: a key named `__proto__` must not reach the prototype.
    Object.defineProperty(copy, scrubText(key, secret), {
      value: scrubJson(item, secret),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}
