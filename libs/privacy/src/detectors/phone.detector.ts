import type { DetectedSpan } from '../personal-data.types';
import { isAsciiDigit, isTokenBoundary } from '../text/char-classes';

/**
 * Chinese mobile numbers: `1[3-9]` and nine more digits, ungrouped or grouped 3-4-4
 * with one kind of separator, optionally after `+86` / `0086`, never inside a longer
 * token (the look-arounds also keep it out of longer digit runs).
 */
const CN_MOBILE =
  /(?<![0-9A-Za-z])(?:(?:\+|00)86[ -]?)?1[3-9]\d(?:\d{8}|([ -])\d{4}\1\d{4})(?![0-9A-Za-z])/g;
const MIN_INTERNATIONAL_DIGITS = 8;
const MAX_INTERNATIONAL_DIGITS = 15;
/** Longest separator between two digit groups: `) ` in `+1 (415) 555-2671`. */
const MAX_SEPARATOR = 2;

/**
 * Phone numbers: international (`+`, then 8–15 digits in groups separated by
 * spaces, dashes, dots or parentheses: `+44 20 7946 0958`, `+1 (415) 555-2671`) and
 * Chinese mobile numbers (`13812345678`, `138 1234 5678`, `+86 138-1234-5678`).
 * Other national formats without `+` are not recognised: too easily confused with
 * order numbers, amounts and dates.
 */
export function detectPhones(text: string): DetectedSpan[] {
  const spans: DetectedSpan[] = [];
  const ends = new Set<number>();
  for (const match of text.matchAll(CN_MOBILE)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
    ends.add(match.index + match[0].length);
  }
  for (let plus = text.indexOf('+'); plus !== -1; plus = text.indexOf('+', plus + 1)) {
    // `+` must start a token, unless a phone number ends right before it: once that
    // one is redacted, this `+` starts a token, and redacting again must find nothing.
    if (!isTokenBoundary(text, plus - 1) && !ends.has(plus)) continue;
    const end = internationalEnd(text, plus);
    if (end === -1) continue;
    spans.push({ start: plus, end });
    ends.add(end);
  }
  return spans;
}

/**
 * End of the international number starting with the `+` at `plus`, or -1. Groups
 * are taken while the digit count stays within 15; the number ends after the last
 * group that leaves 8 or more digits and is not followed by a letter.
 */
function internationalEnd(text: string, plus: number): number {
  const next = text.charCodeAt(plus + 1);
  if (!isAsciiDigit(next) && next !== 40) return -1;
  let end = -1;
  let digits = 0;
  let i = plus + 1;
  for (;;) {
    const separatorStart = i;
    while (
      i < text.length &&
      i - separatorStart < MAX_SEPARATOR &&
      isSeparator(text.charCodeAt(i))
    ) {
      i += 1;
    }
    const groupStart = i;
    while (i < text.length && isAsciiDigit(text.charCodeAt(i))) i += 1;
    if (i === groupStart) return end;
    digits += i - groupStart;
    if (digits > MAX_INTERNATIONAL_DIGITS) return end;
    if (digits >= MIN_INTERNATIONAL_DIGITS && isTokenBoundary(text, i)) end = i;
  }
}

/** Space, `-`, `.`, `(` or `)`. */
function isSeparator(code: number): boolean {
  return code === 32 || code === 45 || code === 46 || code === 40 || code === 41;
}
