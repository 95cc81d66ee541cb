import jsonata from 'jsonata';
import { isRecord } from '../is-record';
import { BoundedCache } from './bounded-cache';
import { expressionVariables } from './expression-variables';

/** What `checkExpression` found; frozen, because results are shared through a cache. */
export interface ExpressionCheck {
  readonly ok: boolean;
  /** Why it does not parse (only when `ok` is false). */
  readonly message?: string;
  /** 1-based number of the character where parsing stopped (jsonata's position). */
  readonly position?: number;
  /** Names read as `vars.<name>`, sorted; empty when the expression does not parse. */
  readonly variables: readonly string[];
}

/** The studio checks on every keystroke; a few thousand recent expressions cover a bot. */
const cache = new BoundedCache<string, ExpressionCheck>(2_000);
/** Longer sources are checked but not kept, so the cache stays small in memory. */
const MAX_CACHED_LENGTH = 10_000;

/**
 * Parses a JSONata expression without evaluating it and lists the variables it
 * reads. Never throws. Shared by the validator, the engine and the studio's editor.
 *
 * @example
 * checkExpression('vars.total > 100 and vars.vip');
 * // { ok: true, variables: ['total', 'vip'] }
 * checkExpression('vars.total >');
 * // { ok: false, message: 'Unexpected end of expression', position: 12, variables: [] }
 */
export function checkExpression(source: string): ExpressionCheck {
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const result = Object.freeze(parse(source));
  if (source.length <= MAX_CACHED_LENGTH) cache.set(source, result);
  return result;
}

function parse(source: string): ExpressionCheck {
  if (source.trim() === '') {
    return { ok: false, message: 'The expression is empty.', position: 1, variables: [] };
  }
  try {
    const ast = jsonata(source).ast();
    return { ok: true, variables: Object.freeze(expressionVariables(ast)) };
  } catch (error) {
    return { ok: false, ...describeError(error, source), variables: [] };
  }
}

function describeError(error: unknown, source: string): { message: string; position: number } {
  if (error instanceof RangeError) {
    return { message: 'The expression is nested too deeply to read.', position: 1 };
  }
  const message =
    isRecord(error) && typeof error.message === 'string' ? error.message : String(error);
  const raw =
    isRecord(error) && typeof error.position === 'number' ? error.position : source.length;
  return { message, position: Math.min(Math.max(raw, 1), Math.max(source.length, 1)) };
}
