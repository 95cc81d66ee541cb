import { answerKey } from './answer-text';
import type { ResolvedChoice } from './choice-answer.matcher';

/** A piece of a message that may be a field's value. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Characters of an address as people type them (so `邮箱是ada@…` yields `ada@…`). */
const emailChar = /[A-Za-z0-9._%+-]/u;
const dateSpan =
  /\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}/gu;
const phoneSpan = /(?:\+|00)?\d[\d\s\-.()]{5,}\d/gu;
const numberSpan = /[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/gu;
/** Patterns run on at most this much text, bounding the cost of a slow pattern. */
const PATTERN_INPUT_LIMIT = 1_000;

/**
 * Candidate e-mail addresses, trailing dots trimmed: a run of address characters, `@`,
 * and a run holding a dot with at least two characters after it. Found from each `@`
 * outwards in one pass; a backtracking regular expression took quadratic time on long
 * messages without an `@`.
 */
export function emailSpans(text: string): Span[] {
  const found: Span[] = [];
  let searchFrom = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > searchFrom && isEmailChar(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isEmailChar(text.charAt(end))) end++;
    const domain = text.slice(at + 1, end);
    const dot = domain.indexOf('.', 1);
    if (start === at || dot === -1 || dot > domain.length - 3) continue;
    found.push(trimEnd({ start, end, text: text.slice(start, end) }, /[.]+$/u));
    searchFrom = end;
  }
  return found;
}

function isEmailChar(char: string): boolean {
  return emailChar.test(char);
}

/** Candidate calendar dates (`2026-11-24`, `2026年11月24日`, `24/11/2026`). */
export function dateSpans(text: string): Span[] {
  return spans(text, dateSpan);
}

/**
 * Candidate phone numbers with every shorter reading of each (dropping trailing
 * groups), longest first, so "+44 7700 900123 3 tickets" still offers the number.
 */
export function phoneSpans(text: string): Span[][] {
  return spans(text, phoneSpan).map((span) => {
    const readings = [span];
    let current = span;
    for (
      let cut = current.text.search(/\s+\S+$/u);
      cut > 0;
      cut = current.text.search(/\s+\S+$/u)
    ) {
      current = {
        start: current.start,
        end: current.start + cut,
        text: current.text.slice(0, cut),
      };
      readings.push(current);
    }
    return readings;
  });
}

/** Candidate numbers (`42`, `-3.5`, `1,234.5`). */
export function numberSpans(text: string): Span[] {
  return spans(text, numberSpan);
}

/** The first text matching a field's pattern (anchored patterns only match the whole message). */
export function patternSpan(text: string, pattern: string | undefined): Span | undefined {
  if (pattern === undefined || text.length > PATTERN_INPUT_LIMIT) return undefined;
  for (const flags of ['u', '']) {
    let regex: RegExp;
    try {
      regex = new RegExp(pattern, flags);
    } catch {
      continue;
    }
    const match = regex.exec(text);
    if (match === null || match[0].trim() === '') return undefined;
    return { start: match.index, end: match.index + match[0].length, text: match[0] };
  }
  return undefined;
}

/**
 * The choice a message names somewhere inside it: the longest value, label or
 * synonym found (whole words for Latin text). Two different choices tied on the
 * longest match are ambiguous: `undefined`.
 */
export function choiceSpan(
  text: string,
  choices: readonly ResolvedChoice[],
): { span: Span; choice: ResolvedChoice } | undefined {
  const haystack = text.toLocaleLowerCase('en');
  let best: { span: Span; choice: ResolvedChoice } | undefined;
  let tied = false;
  for (const choice of choices) {
    for (const alias of [choice.value, choice.label, ...choice.aliases]) {
      const needle = answerKey(alias);
      if (needle === '') continue;
      const start = findWord(haystack, needle);
      if (start < 0) continue;
      const span = {
        start,
        end: start + needle.length,
        text: text.slice(start, start + needle.length),
      };
      const length = needle.length;
      const bestLength = best === undefined ? 0 : best.span.end - best.span.start;
      if (length > bestLength) {
        best = { span, choice };
        tied = false;
      } else if (length === bestLength && best !== undefined && best.choice.id !== choice.id) {
        tied = true;
      }
    }
  }
  return tied ? undefined : best;
}

/** Where `needle` occurs as a whole word (Latin) or anywhere (other scripts); −1 if not. */
function findWord(haystack: string, needle: string): number {
  const latin = /^[\p{Script=Latin}\p{N}]/u.test(needle);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!latin) return at;
    const before = haystack.charAt(at - 1);
    const after = haystack.charAt(at + needle.length);
    if (!isWordChar(before) && !isWordChar(after)) return at;
  }
  return -1;
}

function isWordChar(char: string): boolean {
  return char !== '' && /[\p{L}\p{N}_]/u.test(char);
}

function spans(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

function trimEnd(span: Span, tail: RegExp): Span {
  const text = span.text.replace(tail, '');
  return { start: span.start, end: span.start + text.length, text };
}
