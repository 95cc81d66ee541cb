import { redactText } from './redact-text';

/** Nesting beyond which {@link redactValue} stops descending. */
export const MAX_REDACT_DEPTH = 64;
/** Replaces an object or array that contains itself. */
export const CIRCULAR_PLACEHOLDER = '[Circular]';
/** Replaces what lies deeper than {@link MAX_REDACT_DEPTH}. */
export const TRUNCATED_PLACEHOLDER = '[Truncated]';

/**
 * A copy of a JSON-like value (a request body, log fields) with personal data
 * redacted by {@link redactText} in every string, object key included. The input
 * is never changed.
 *
 * - Numbers and bigints that read as personal data (`{ phone: 13812345678 }`)
 *   become the redaction token; other numbers, booleans, null and undefined are
 *   kept.
 * - Objects with `toJSON` (dates) are replaced by what it returns, as
 *   `JSON.stringify` would; other objects become plain objects of their own
 *   enumerable string keys, arrays stay arrays.
 * - `__proto__`, `constructor` and `prototype` keys are copied as plain data;
 *   nothing reaches a prototype.
 * - An object met again inside itself becomes `'[Circular]'`; anything nested
 *   deeper than {@link MAX_REDACT_DEPTH} becomes `'[Truncated]'`.
 *
 * @example
 * redactValue({ user: { email: 'li.lei@example.cn', tags: ['vip'] } });
 * // { user: { email: '[REDACTED:email]', tags: ['vip'] } }
 */
export function redactValue(value: unknown): unknown {
  return redactAt(value, 0, new WeakSet<object>());
}

function redactAt(value: unknown, depth: number, ancestors: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'number' || typeof value === 'bigint') return redactNumber(value);
  if (typeof value !== 'object' || value === null) return value;
  if (ancestors.has(value)) return CIRCULAR_PLACEHOLDER;
  if (depth >= MAX_REDACT_DEPTH) return TRUNCATED_PLACEHOLDER;
  ancestors.add(value);
  try {
    if (hasToJson(value)) return redactAt(value.toJSON(), depth + 1, ancestors);
    if (Array.isArray(value)) return value.map((item) => redactAt(item, depth + 1, ancestors));
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      // defineProperty, not assignment: `copy['__proto__'] = …` would set the prototype.
      Object.defineProperty(copy, redactText(key), {
        value: redactAt(Reflect.get(value, key), depth + 1, ancestors),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  } finally {
    ancestors.delete(value);
  }
}

/** The number itself, or the redaction of its digits when they are personal data. */
function redactNumber(value: number | bigint): unknown {
  const digits =
    typeof value === 'bigint' || Number.isInteger(value) ? BigInt(value).toString() : '';
  if (digits.length < 8) return value;
  const redacted = redactText(digits);
  return redacted === digits ? value : redacted;
}

function hasToJson(value: object): value is { toJSON: () => unknown } {
  return typeof Reflect.get(value, 'toJSON') === 'function';
}
