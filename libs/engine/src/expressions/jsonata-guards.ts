import jsonata from 'jsonata';
import { ExpressionLimitError, expressionLimits } from './expression-limits';
import { toMillisRefusal } from './to-millis.guard';

/** jsonata calls the function bound under this symbol after evaluating every AST node. */
const exitHookName = Symbol.for('jsonata.__evaluate_exit');

/** The binding through which each evaluation passes the host clock to `$now()`/`$millis()`. */
export const clockBinding = '__parleyClockMs';

/** Values no expression may ever hold: the way out of the sandbox. */
const forbiddenValues = new Set<unknown>([
  Object.prototype,
  Function.prototype,
  Array.prototype,
  String.prototype,
  Number.prototype,
  Boolean.prototype,
  Object,
  Function,
  Array,
  Promise,
  Reflect,
  globalThis,
]);

/** Characters produced so far by each evaluation (keyed by jsonata's per-evaluation frame). */
const producedChars = new WeakMap<object, number>();

/**
 * Compile `source` with every guardrail set: jsonata's own `timeout`, `stack` and
 * `sequence` options, a check of each intermediate result (size, forbidden values,
 * characters produced), and safe replacements for `$pad`, `$toMillis`, `$eval`,
 * `$now` and `$millis`.
 */
export function compileGuarded(source: string, timeoutMs: number): jsonata.Expression {
  const expression = jsonata(source, {
    timeout: timeoutMs,
    stack: expressionLimits.stackDepth,
    sequence: expressionLimits.sequenceLength,
  });
  Reflect.apply(expression.assign.bind(expression), undefined, [exitHookName, checkResult]);
  expression.registerFunction('pad', safePad, '<s-ns?:s>');
  expression.registerFunction('toMillis', safeToMillis, '<s-s?:n>');
  expression.registerFunction('now', clockNow, '<s?s?:s>');
  expression.registerFunction('millis', clockMillis, '<:n>');
  expression.registerFunction('eval', refuseEval, '<sx?:x>');
  return expression;
}

function checkResult(node: unknown, _input: unknown, environment: unknown, result: unknown): void {
  if (forbiddenValues.has(result)) {
    throw new ExpressionLimitError('expressions may not reach JavaScript built-ins', 'P0001');
  }
  if (typeof result === 'string') {
    if (result.length > expressionLimits.stringLength) {
      throw new ExpressionLimitError(
        `a string longer than ${expressionLimits.stringLength} characters was produced`,
        'P0002',
      );
    }
    if (producesText(node)) {
      countProduced(environment, result.length);
    }
  } else if (Array.isArray(result) && result.length > expressionLimits.arrayLength) {
    throw new ExpressionLimitError(
      `a list longer than ${expressionLimits.arrayLength} items was produced`,
      'P0003',
    );
  }
}

/** Function calls and `&` make new strings; paths and variables only pass existing ones on. */
function producesText(node: unknown): boolean {
  if (typeof node !== 'object' || node === null || !('type' in node)) {
    return false;
  }
  return (
    node.type === 'function' || (node.type === 'binary' && 'value' in node && node.value === '&')
  );
}

function countProduced(environment: unknown, chars: number): void {
  const frame = evaluationFrame(environment);
  if (!frame) {
    return;
  }
  const total = (producedChars.get(frame) ?? 0) + chars;
  if (total > expressionLimits.producedChars) {
    throw new ExpressionLimitError(
      `the expression produced more than ${expressionLimits.producedChars} characters`,
      'P0004',
    );
  }
  producedChars.set(frame, total);
}

function evaluationFrame(environment: unknown): object | undefined {
  if (typeof environment !== 'object' || environment === null || !('base' in environment)) {
    return undefined;
  }
  const base = environment.base;
  return typeof base === 'object' && base !== null ? base : undefined;
}

/** jsonata's `$pad`, refusing widths beyond the string limit before allocating anything. */
function safePad(text: string | undefined, width: number, char?: string): string | undefined {
  if (text === undefined) {
    return undefined;
  }
  const target = Math.trunc(width);
  if (!Number.isFinite(target) || Math.abs(target) > expressionLimits.stringLength) {
    throw new ExpressionLimitError(
      `$pad width beyond ${expressionLimits.stringLength} characters`,
      'P0002',
    );
  }
  const filler = char === undefined || char.length === 0 ? ' ' : char;
  const padLength = Math.abs(target) - [...text].length;
  if (padLength <= 0) {
    return text;
  }
  const padding = [...filler.repeat(Math.ceil(padLength / filler.length))]
    .slice(0, padLength)
    .join('');
  return target > 0 ? text + padding : padding + text;
}

const builtinToMillis = jsonata('$toMillis($t, $p)', { timeout: expressionLimits.timeoutMs });
const builtinFromMillis = jsonata('$fromMillis($t, $p, $z)', {
  timeout: expressionLimits.timeoutMs,
});

/** jsonata's `$toMillis`, refusing pictures and timestamps that could backtrack for minutes. */
async function safeToMillis(timestamp: string | undefined, picture?: string): Promise<unknown> {
  if (timestamp === undefined) {
    return undefined;
  }
  const refusal = toMillisRefusal(timestamp, picture);
  if (refusal !== undefined) {
    throw new ExpressionLimitError(refusal, 'P0005');
  }
  return builtinToMillis.evaluate({}, { t: timestamp, p: picture });
}

function clockMillis(this: jsonata.Focus): number {
  const now: unknown = this.environment.lookup(clockBinding);
  if (typeof now !== 'number') {
    throw new ExpressionLimitError('no clock is available to this expression', 'P0007');
  }
  return now;
}

async function clockNow(
  this: jsonata.Focus,
  picture?: string,
  timezone?: string,
): Promise<unknown> {
  const now = clockMillis.call(this);
  if (picture === undefined && timezone === undefined) {
    return new Date(now).toISOString();
  }
  return builtinFromMillis.evaluate({}, { t: now, p: picture, z: timezone });
}

function refuseEval(): never {
  throw new ExpressionLimitError(
    '$eval is disabled: data is never evaluated as an expression',
    'P0008',
  );
}
