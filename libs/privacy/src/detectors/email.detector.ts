import type { DetectedSpan } from '../personal-data.types';

/** Domain characters, Unicode letters and marks included (`münchen.de`, `例子.中国`). */
const DOMAIN_RUN = /[\p{L}\p{M}\p{N}.-]+/uy;
const ASCII_LETTERS = /^[A-Za-z]+/;
const UNICODE_TLD = /^\p{L}[\p{L}\p{M}]+$/u;
const MIN_TLD_LENGTH = 2;

/**
 * E-mail addresses: a practical ASCII local part (`A–Z a–z 0–9 . _ % + -`), `@`, and
 * a domain of at least two labels whose last label is two or more letters.
 *
 * Anchored on each `@` and scanning outwards (back over the local part, forward over
 * the domain) rather than a single regex: a regex that starts at every character of
 * a long run of local-part characters backtracks quadratically. Here each character
 * is read at most twice, so the cost is linear in the text.
 */
export function detectEmails(text: string): DetectedSpan[] {
  const spans: DetectedSpan[] = [];
  let previousEnd = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    // A local part never reaches back into the previous address (`a@b.cn.c@d.cn`
    // holds two), just as it could not once that address is redacted.
    const start = localPartStart(text, at, previousEnd);
    if (start === at) continue;
    const end = domainEnd(text, at + 1);
    if (end === -1) continue;
    spans.push({ start, end });
    previousEnd = end;
  }
  return spans;
}

/** Where the local part before `at` begins, not before `floor` (`at` itself when there is none). */
function localPartStart(text: string, at: number, floor: number): number {
  let start = at;
  while (start > floor && isLocalChar(text.charCodeAt(start - 1))) start -= 1;
  // A local part neither starts with a dot nor holds two in a row: keep what follows them.
  for (let i = at - 2; i >= start; i -= 1) {
    if (text.charCodeAt(i) === 46 && text.charCodeAt(i + 1) === 46) {
      start = i + 2;
      break;
    }
  }
  while (start < at && text.charCodeAt(start) === 46) start += 1;
  return start;
}

/** End of a valid domain starting at `from`, or -1 when there is none. */
function domainEnd(text: string, from: number): number {
  DOMAIN_RUN.lastIndex = from;
  const run = DOMAIN_RUN.exec(text)?.[0];
  if (run === undefined) return -1;
  const labels: string[] = [];
  for (const label of run.split('.')) {
    // An empty label (`a..b`, a trailing dot) ends the domain; so does one that
    // starts or ends with a hyphen.
    if (label === '' || label.startsWith('-') || label.endsWith('-')) break;
    labels.push(label);
  }
  while (labels.length >= 2) {
    const tld = topLevelLabel(labels[labels.length - 1] ?? '');
    if (tld !== undefined) {
      const kept = labels.slice(0, -1).join('.');
      return from + kept.length + 1 + tld.length;
    }
    labels.pop();
  }
  return -1;
}

/**
 * The part of the last label that is a top-level domain, or undefined. An ASCII
 * label keeps its leading letters only, so `a@b.com谢谢` ends at `com` (Chinese text
 * often runs on without a space); a label in another script is kept whole (`中国`).
 */
function topLevelLabel(label: string): string | undefined {
  if (label.startsWith('xn--'))
    return /^xn--[A-Za-z0-9-]*[A-Za-z0-9]$/.test(label) ? label : undefined;
  const ascii = ASCII_LETTERS.exec(label)?.[0];
  if (ascii !== undefined) return ascii.length >= MIN_TLD_LENGTH ? ascii : undefined;
  return UNICODE_TLD.test(label) ? label : undefined;
}

/** `A–Z a–z 0–9 . _ % + -`: the local-part characters people actually use. */
function isLocalChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 46 ||
    code === 95 ||
    code === 37 ||
    code === 43 ||
    code === 45
  );
}
