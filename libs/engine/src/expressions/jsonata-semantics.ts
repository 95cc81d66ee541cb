/**
 * The few jsonata value rules the fast path needs, copied from jsonata 2.x
 * (`fn.boolean`, `fn.string`, `fn.number`) for the JSON shapes the fast path handles.
 * Anything outside those shapes answers `bail`, and the real jsonata decides.
 */

/** Returned when the fast path must hand the expression to jsonata. */
export const bail: unique symbol = Symbol('bail');
export type Bail = typeof bail;

/** jsonata's effective boolean value (`undefined` counts as false), arrays excepted. */
export function toBoolean(value: unknown): boolean | Bail {
  if (value === undefined || value === null) {
    return false;
  }
  switch (typeof value) {
    case 'boolean':
      return value;
    case 'string':
      return value.length > 0;
    case 'number':
      return value !== 0;
    case 'object':
      return Array.isArray(value) ? bail : Object.keys(value).length > 0;
    default:
      return bail;
  }
}

/** `$string` of a primitive: numbers to 15 significant digits, as jsonata prints them. */
export function toText(value: unknown): string | undefined | Bail {
  if (value === undefined || typeof value === 'string') {
    return value;
  }
  if (value === null || typeof value === 'boolean') {
    return String(value);
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return JSON.stringify(Number.isInteger(value) ? value : Number(value.toPrecision(15)));
  }
  return bail;
}

const decimalNumber = /^-?[0-9]+(\.[0-9]+)?([Ee][-+]?[0-9]+)?$/;

/** `$number` of numbers, booleans and decimal strings; other strings go to jsonata. */
export function toNumber(value: unknown): number | undefined | Bail {
  if (value === undefined || typeof value === 'number') {
    return value;
  }
  if (typeof value === 'boolean') {
    return value ? 1 : 0;
  }
  if (typeof value === 'string' && decimalNumber.test(value)) {
    const parsed = parseFloat(value);
    return Number.isFinite(parsed) ? parsed : bail;
  }
  return bail;
}

/** True for values `=` compares with `===` in jsonata (everything but objects and arrays). */
export function isPrimitive(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
