import type { Json } from '@parley/engine';
import type { AnswerType } from './answer-type.schema';
import { normalizeAnswerText } from './answer-text';
import { matchChoice, type AnswerInput, type ResolvedChoice } from './choice-answer.matcher';
import { parseDateAnswer } from './date-answer.parser';
import { parseNumberAnswer } from './number-answer.parser';
import { parsePhoneAnswer } from './phone-answer.parser';

/** How an answer is checked: the ask node's (or a form field's) settings, choices resolved. */
export interface AnswerRules {
  type: AnswerType;
  pattern?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
  choices?: readonly ResolvedChoice[] | undefined;
}

/** Why an answer was refused; picks the default retry message. */
export type AnswerProblem =
  | 'empty'
  | 'not-a-number'
  | 'too-small'
  | 'too-large'
  | 'not-an-email'
  | 'not-a-phone'
  | 'not-a-date'
  | 'no-choice'
  | 'no-match';

/** A checked answer with the value to store, or the reason it was refused. */
export type ParsedAnswer = { ok: true; value: Json } | { ok: false; problem: AnswerProblem };

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/u;
/** Patterns run on at most this much text, bounding the cost of a slow pattern. */
const PATTERN_INPUT_LIMIT = 1_000;

/**
 * Checks a customer's answer against the rules and returns the value to store:
 * trimmed text, a number, an e-mail, a phone number (E.164 or a Chinese mobile), an
 * ISO date, a choice's value, or the text matching the pattern. Pure: no I/O.
 *
 * @example parseAnswer({ text: '２０２６年11月24日' }, { type: 'date' }, 'zh-CN') // { ok: true, value: '2026-11-24' }
 */
export function parseAnswer(input: AnswerInput, rules: AnswerRules, locale: string): ParsedAnswer {
  if (rules.type === 'choice') {
    const choice = matchChoice(input, rules.choices ?? []);
    return choice === undefined ? refuse('no-choice') : accept(choice.value);
  }
  const text = normalizeAnswerText(input.text ?? input.payload ?? '');
  if (text === '') return refuse('empty');
  switch (rules.type) {
    case 'text':
      return accept(text);
    case 'number':
      return checkNumber(parseNumberAnswer(text), rules);
    case 'email':
      return text.length <= 254 && emailPattern.test(text) ? accept(text) : refuse('not-an-email');
    case 'phone':
      return orRefuse(parsePhoneAnswer(text), 'not-a-phone');
    case 'date':
      return orRefuse(parseDateAnswer(text, locale), 'not-a-date');
    case 'regex':
      return matchesPattern(text, rules.pattern) ? accept(text) : refuse('no-match');
  }
}

function checkNumber(value: number | undefined, rules: AnswerRules): ParsedAnswer {
  if (value === undefined) return refuse('not-a-number');
  if (rules.min !== undefined && value < rules.min) return refuse('too-small');
  if (rules.max !== undefined && value > rules.max) return refuse('too-large');
  return accept(value);
}

function matchesPattern(text: string, pattern: string | undefined): boolean {
  if (pattern === undefined || text.length > PATTERN_INPUT_LIMIT) return false;
  // Unicode mode first (so `.` matches a whole Chinese character); the kind check only
  // promises the pattern compiles without flags, so fall back to that.
  for (const flags of ['u', '']) {
    try {
      return new RegExp(pattern, flags).test(text);
    } catch {
      continue;
    }
  }
  return false;
}

function orRefuse(value: string | undefined, problem: AnswerProblem): ParsedAnswer {
  return value === undefined ? refuse(problem) : accept(value);
}

function accept(value: Json): ParsedAnswer {
  return { ok: true, value };
}

function refuse(problem: AnswerProblem): ParsedAnswer {
  return { ok: false, problem };
}
