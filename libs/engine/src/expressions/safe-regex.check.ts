import { expressionLimits } from './expression-limits';

/**
 * Why a regular expression could backtrack catastrophically, or `undefined` when it looks
 * safe. jsonata only has regex literals, so checking the compiled AST covers every regex an
 * expression can run. Heuristic: a repeated group that itself contains a repetition
 * (`(a+)+`, `(\w*x?)*`), the classic exponential shape; plus a length cap.
 */
export function unsafeRegexReason(source: string): string | undefined {
  if (source.length > expressionLimits.regexSourceLength) {
    return `regular expression longer than ${expressionLimits.regexSourceLength} characters`;
  }
  // One flag per open group: does its content repeat something?
  const groups: boolean[] = [false];
  let lastAtomRepeats = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') {
      i += 1;
      lastAtomRepeats = false;
    } else if (char === '[') {
      i = endOfClass(source, i);
      lastAtomRepeats = false;
    } else if (char === '(') {
      groups.push(false);
    } else if (char === ')') {
      lastAtomRepeats = groups.pop() ?? false;
      markRepeats(groups, lastAtomRepeats);
    } else if (isRepeat(source, i)) {
      if (lastAtomRepeats) {
        return 'nested repetition such as (a+)+ can take exponential time';
      }
      markRepeats(groups, true);
      lastAtomRepeats = false;
    } else {
      lastAtomRepeats = false;
    }
  }
  return undefined;
}

function markRepeats(groups: boolean[], repeats: boolean): void {
  if (repeats && groups.length > 0) {
    groups[groups.length - 1] = true;
  }
}

/** `*`, `+` and `{n,}` / `{n,m}` with m > 1 repeat; `?` and `{1}` don't. */
function isRepeat(source: string, index: number): boolean {
  const char = source[index];
  if (char === '*' || char === '+') {
    return true;
  }
  if (char !== '{') {
    return false;
  }
  const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(index, index + 24));
  if (!match) {
    return false;
  }
  const max = match[2] === undefined ? Number(match[1]) : Number(match[3] || Infinity);
  return max > 1;
}

function endOfClass(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i += 1) {
    if (source[i] === '\\') {
      i += 1;
    } else if (source[i] === ']') {
      return i;
    }
  }
  return source.length;
}
