import { expressionLimits } from './expression-limits';
import { bail, isPrimitive, toBoolean, toNumber, toText } from './jsonata-semantics';

type Operation = (left: unknown, right: unknown) => unknown;

// Module-level, so that evaluating an operator allocates no closures on the hot path.
const less = (a: string | number, b: string | number) => a < b;
const lessOrEqual = (a: string | number, b: string | number) => a <= b;
const greater = (a: string | number, b: string | number) => a > b;
const greaterOrEqual = (a: string | number, b: string | number) => a >= b;
const add = (a: number, b: number) => a + b;
const subtract = (a: number, b: number) => a - b;
const multiply = (a: number, b: number) => a * b;
const divide = (a: number, b: number) => a / b;
const remainder = (a: number, b: number) => a % b;

/** jsonata's binary operators on primitives (`and`/`or` short-circuit in the compiler). */
export const binaryOperations: Readonly<Record<string, Operation>> = {
  '=': (l, r) => equality(l, r, true),
  '!=': (l, r) => equality(l, r, false),
  '<': (l, r) => compare(l, r, less),
  '<=': (l, r) => compare(l, r, lessOrEqual),
  '>': (l, r) => compare(l, r, greater),
  '>=': (l, r) => compare(l, r, greaterOrEqual),
  '+': (l, r) => arithmetic(l, r, add),
  '-': (l, r) => arithmetic(l, r, subtract),
  '*': (l, r) => arithmetic(l, r, multiply),
  '/': (l, r) => arithmetic(l, r, divide),
  '%': (l, r) => arithmetic(l, r, remainder),
  '&': concat,
};

function equality(left: unknown, right: unknown, equal: boolean): unknown {
  if (left === undefined || right === undefined) {
    return false;
  }
  if (!isPrimitive(left) || !isPrimitive(right)) {
    return bail;
  }
  return (left === right) === equal;
}

function compare(
  left: unknown,
  right: unknown,
  test: (a: string | number, b: string | number) => boolean,
): unknown {
  if (!isComparable(left) || !isComparable(right)) {
    return bail;
  }
  if (left === undefined || right === undefined) {
    return undefined;
  }
  if (typeof left === 'string' && typeof right === 'string') {
    return test(left, right);
  }
  if (typeof left === 'number' && typeof right === 'number') {
    return test(left, right);
  }
  return bail;
}

function isComparable(value: unknown): boolean {
  return value === undefined || typeof value === 'string' || typeof value === 'number';
}

function arithmetic(
  left: unknown,
  right: unknown,
  apply: (a: number, b: number) => number,
): unknown {
  if (
    (left !== undefined && typeof left !== 'number') ||
    (right !== undefined && typeof right !== 'number')
  ) {
    return bail;
  }
  if (left === undefined || right === undefined) {
    return undefined;
  }
  const result = apply(left, right);
  return Number.isFinite(result) ? result : bail;
}

function concat(left: unknown, right: unknown): unknown {
  const l = toText(left);
  const r = toText(right);
  if (l === bail || r === bail) {
    return bail;
  }
  const result = (l ?? '') + (r ?? '');
  return result.length > expressionLimits.stringLength ? bail : result;
}

/** A jsonata function the fast path implements, called with exactly `arity` arguments. */
export interface FastFunction {
  readonly arity: number;
  apply(args: readonly unknown[]): unknown;
}

/** String → string functions: `undefined` passes through, non-strings are type errors. */
const onText = (transform: (text: string) => unknown): FastFunction => ({
  arity: 1,
  apply: ([value]) =>
    value === undefined ? undefined : typeof value === 'string' ? transform(value) : bail,
});

/** The jsonata functions the fast path implements. */
export const fastFunctions: Readonly<Record<string, FastFunction>> = {
  exists: { arity: 1, apply: ([value]) => value !== undefined },
  string: { arity: 1, apply: ([value]) => toText(value) },
  number: { arity: 1, apply: ([value]) => toNumber(value) },
  boolean: { arity: 1, apply: ([value]) => (value === undefined ? undefined : toBoolean(value)) },
  not: {
    arity: 1,
    apply: ([value]) => {
      const truth = value === undefined ? undefined : toBoolean(value);
      return truth === undefined || truth === bail ? truth : !truth;
    },
  },
  length: onText((text) => [...text].length),
  lowercase: onText((text) => text.toLowerCase()),
  uppercase: onText((text) => text.toUpperCase()),
  trim: onText(trim),
  contains: {
    arity: 2,
    apply: ([text, token]) => {
      // jsonata checks the signature before looking for undefined arguments.
      const typed = (value: unknown) => value === undefined || typeof value === 'string';
      if (!typed(text) || !typed(token)) return bail;
      return text === undefined || token === undefined ? undefined : text.includes(token);
    },
  },
};

/** jsonata's `$trim`: runs of space, tab and newline become one space, ends stripped. */
function trim(text: string): string {
  return text
    .replace(/[ \t\n\r]+/gm, ' ')
    .replace(/^ /, '')
    .replace(/ $/, '');
}
