import { formatPath } from '../format-path';
import { makeProblem } from '../make-problem';
import type { Problem } from '../problem';

/** Keys that could reach `Object.prototype` when a later reader assigns by key. */
export const prototypeKeys: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Deeper than any real document (settings nest about a dozen levels). */
export const MAX_DOCUMENT_DEPTH = 64;

/** Enough to show what is wrong without flooding the studio with one mistake pasted many times. */
const MAX_REPORTED = 50;

interface Pending {
  value: unknown;
  path: (string | number)[];
}

/**
 * Looks through raw JSON, before anything else reads it, for what could hurt the
 * readers: prototype keys (`__proto__`, `constructor`, `prototype`) and nesting too
 * deep for recursive parsers. Iterative, and each object is visited once, so neither
 * deep nor self-referencing input can overflow the stack or loop.
 */
export function scanUnsafeStructure(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<object>();
  const stack: Pending[] = [{ value: raw, path: [] }];
  while (stack.length > 0 && problems.length < MAX_REPORTED) {
    const { value, path } = stack.pop() ?? { value: undefined, path: [] };
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (path.length >= MAX_DOCUMENT_DEPTH) {
      problems.push(tooDeep(path));
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? // Array.from, not map: map skips the holes of sparse arrays.
        Array.from(value, (item: unknown, index): [number, unknown] => [index, item])
      : Object.entries(value);
    const safe = entries.filter(([key]) => typeof key === 'number' || !prototypeKeys.has(key));
    for (const [key] of entries) {
      if (typeof key === 'string' && prototypeKeys.has(key))
        problems.push(prototypeKey([...path, key]));
    }
    // Pushed in reverse so that children are visited, and reported, in document order.
    for (const [key, item] of safe.reverse()) stack.push({ value: item, path: [...path, key] });
  }
  return problems.slice(0, MAX_REPORTED);
}

function prototypeKey(path: (string | number)[]): Problem {
  return makeProblem(
    'invalid-document',
    `${formatPath(path)}: "${String(path.at(-1))}" cannot be used as a key in a bot document.`,
    { path },
  );
}

function tooDeep(path: (string | number)[]): Problem {
  return makeProblem(
    'invalid-document',
    `${formatPath(path)}: the document is nested more than ${MAX_DOCUMENT_DEPTH} levels deep here.`,
    { path },
  );
}
