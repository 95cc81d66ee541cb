import type { Json } from '../json';

/** Field names whose values never reach a trace: secrets, tokens, passwords, keys, auth headers. */
const secretKey =
  /secret|token|passw(or)?d|pwd|api[-_]?key|private[-_]?key|authorization|^auth$|cookie|credential|signature/i;

/** What a masked value is replaced with. */
export const MASK = '***';

/**
 * A JSON copy of a port call's input or result for the trace, with secret-looking fields
 * masked at any depth (`headers.Authorization`, `apiKey`, `refresh_token`, …). Values that
 * are not JSON are shown as strings.
 */
export function maskSecrets(value: unknown, depth = 0): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : String(value);
  }
  if (typeof value !== 'object') {
    return value === undefined ? null : `[${typeof value}]`;
  }
  if (depth > 32) {
    return '[nested too deeply]';
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown) => maskSecrets(item, depth + 1));
  }
  const copy: Record<string, Json> = {};
  for (const key of Object.keys(value)) {
    const item: unknown = Reflect.get(value, key);
    if (item !== undefined) {
      const shown = secretKey.test(key) ? MASK : maskSecrets(item, depth + 1);
      Object.defineProperty(copy, key, {
        value: shown,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return copy;
}

/** True when a field of this name is masked in traces. */
export function isSecretKey(key: string): boolean {
  return secretKey.test(key);
}
