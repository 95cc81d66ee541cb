import { isLuhnValid } from '../checksums/luhn';
import type { DetectedSpan } from '../personal-data.types';
import { isTokenBoundary } from '../text/char-classes';

/** Digit groups joined by single spaces or dashes: `4111 1111 1111 1111`, `4111-1111…`, `4111111111111111`. */
const DIGIT_RUN = /\d+(?:[ -]\d+)*/g;
const MIN_DIGITS = 13;
const MAX_DIGITS = 19;
/** Groups people write cards in (4-4-4-4, 4-6-5, 6-13, 4-4-4-4-3 …); only the last may be shorter. */
const MIN_GROUP = 3;
const MAX_GROUP = 8;
const PLUS = 43;

interface Group {
  start: number;
  end: number;
}

/**
 * Payment card numbers: 13–19 digits, ungrouped or in groups joined by one kind of
 * separator (all spaces or all dashes), passing the Luhn check, and not inside a
 * longer token (`4111111111111111` in `x4111111111111111` or in a 20-digit run is
 * not a card, nor is `+8613812345678`: digits after `+` are a phone number).
 *
 * Within a run of groups (`order 123 4111 1111 1111 1111`) the windows of whole
 * groups that are valid cards are chosen to cover as many digits as possible, so a
 * short Luhn-valid window that happens to start earlier cannot hide part of a card.
 */
export function detectCards(text: string): DetectedSpan[] {
  const spans: DetectedSpan[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    if (run[0].length < MIN_DIGITS) continue;
    for (const span of bestWindows(text, groupsOf(run[0], run.index))) spans.push(span);
  }
  return spans;
}

function groupsOf(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  let start = 0;
  for (let i = 0; i <= run.length; i += 1) {
    if (i === run.length || run.charCodeAt(i) === 32 || run.charCodeAt(i) === 45) {
      groups.push({ start: offset + start, end: offset + i });
      start = i + 1;
    }
  }
  return groups;
}

/** Non-overlapping card windows covering the most digits (dynamic programming over groups). */
function bestWindows(text: string, groups: Group[]): DetectedSpan[] {
  const count = groups.length;
  const covered = new Array<number>(count + 1).fill(0);
  const choice = new Array<number>(count).fill(-1);
  for (let i = count - 1; i >= 0; i -= 1) {
    covered[i] = covered[i + 1] ?? 0;
    for (const [last, digits] of cardWindowsFrom(text, groups, i)) {
      const total = digits + (covered[last + 1] ?? 0);
      if (total > (covered[i] ?? 0)) {
        covered[i] = total;
        choice[i] = last;
      }
    }
  }
  const spans: DetectedSpan[] = [];
  for (let i = 0; i < count;) {
    const last = choice[i] ?? -1;
    const first = groups[i];
    const end = groups[last];
    if (last === -1 || first === undefined || end === undefined) {
      i += 1;
      continue;
    }
    spans.push({ start: first.start, end: end.end });
    i = last + 1;
  }
  return spans;
}

/** `[lastGroup, digitCount]` of each valid card made of groups `first…lastGroup`. */
function* cardWindowsFrom(
  text: string,
  groups: Group[],
  first: number,
): Generator<[number, number]> {
  const head = groups[first];
  if (head === undefined || !isTokenBoundary(text, head.start - 1)) return;
  // Digits right after `+` are an international phone number, even when they pass Luhn.
  if (text.charCodeAt(head.start - 1) === PLUS) return;
  let digits = '';
  let separator = '';
  for (let last = first; last < groups.length; last += 1) {
    const group = groups[last];
    if (group === undefined) return;
    if (last > first) {
      const joint = text.charAt(group.start - 1);
      if (separator !== '' && joint !== separator) return;
      separator = joint;
    }
    digits += text.slice(group.start, group.end);
    if (digits.length > MAX_DIGITS) return;
    const atRunEnd = last === groups.length - 1;
    if (
      digits.length >= MIN_DIGITS &&
      (!atRunEnd || isTokenBoundary(text, group.end)) &&
      isLuhnValid(digits)
    ) {
      yield [last, digits.length];
    }
    // Only the last group of a card may be short (4-4-4-1) or long (an ungrouped number).
    const size = group.end - group.start;
    if (size < MIN_GROUP || size > MAX_GROUP) return;
  }
}
