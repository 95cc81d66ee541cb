import type jsonata from 'jsonata';
import { compileFastPath, type FastExpression } from './fast-path.compiler';
import { ExpressionError, expressionLimits } from './expression-limits';
import { compileGuarded } from './jsonata-guards';
import { toExpressionError } from './expression-error.mapper';
import { unsafeRegexReason } from './safe-regex.check';

/** One expression, compiled once: the guarded jsonata program and, when simple, a fast closure. */
export interface CompiledExpression {
  readonly jsonata: jsonata.Expression;
  readonly fast: FastExpression | undefined;
}

type Entry = CompiledExpression | ExpressionError;

/**
 * Least-recently-used compile cache shared by every conversation of the process, one
 * per timeout. Keyed by the source string itself: the same string objects come back
 * from the parsed document on every step, so lookups reuse their cached hash.
 */
const caches = new Map<number, Map<string, Entry>>();

/**
 * The compiled form of `source` for this timeout, from the cache when possible.
 * Syntax errors and refused regular expressions are cached too, and thrown as `ExpressionError`.
 */
export function compileExpression(source: string, timeoutMs: number): CompiledExpression {
  let cache = caches.get(timeoutMs);
  if (cache === undefined) {
    cache = new Map();
    caches.set(timeoutMs, cache);
  }
  const key = source;
  let entry = cache.get(key);
  if (entry === undefined) {
    entry = compile(source, timeoutMs);
    if (cache.size >= expressionLimits.cacheSize) {
      const oldest = cache.keys().next();
      if (!oldest.done) {
        cache.delete(oldest.value);
      }
    }
    cache.set(key, entry);
  } else if (cache.size > expressionLimits.cacheSize / 2) {
    // Re-inserting moves the key to the young end of the Map's insertion order. Only worth
    // its cost once evictions are near; below that the order does not matter.
    cache.delete(key);
    cache.set(key, entry);
  }
  if (entry instanceof ExpressionError) {
    throw entry;
  }
  return entry;
}

/** How many compiled expressions the cache holds (for tests). */
export function compiledExpressionCount(): number {
  let count = 0;
  for (const cache of caches.values()) count += cache.size;
  return count;
}

function compile(source: string, timeoutMs: number): Entry {
  if (source.length > expressionLimits.sourceLength) {
    return new ExpressionError(
      `expression longer than ${expressionLimits.sourceLength} characters`,
      'P0010',
      source,
    );
  }
  let program: jsonata.Expression;
  try {
    program = compileGuarded(source, timeoutMs);
  } catch (error) {
    return toExpressionError(error, source);
  }
  const ast = program.ast();
  const regexProblem = findUnsafeRegex(ast, 0);
  if (regexProblem !== undefined) {
    return new ExpressionError(regexProblem, 'P0011', source);
  }
  return { jsonata: program, fast: compileFastPath(ast) };
}

/** jsonata has only regex literals, so every regex an expression can run is in its AST. */
function findUnsafeRegex(node: unknown, depth: number): string | undefined {
  if (node instanceof RegExp) {
    return unsafeRegexReason(node.source);
  }
  if (typeof node !== 'object' || node === null || depth > 500) {
    return undefined;
  }
  for (const child of Object.values(node)) {
    const problem = findUnsafeRegex(child, depth + 1);
    if (problem !== undefined) {
      return problem;
    }
  }
  return undefined;
}
