import type { NluEntityMatch } from '@parley/engine';
import { parseAnswer } from './answer.parser';
import type { AnswerType } from './answer-type.schema';
import type { AnswerInput } from './choice-answer.matcher';
import { assignCandidates, findCandidates } from './form-candidates';
import { rulesOf, type FormFieldSpec, type FoundValue } from './form-field';
import { fieldMentions, parseCorrection } from './form-phrases';
import type { Span } from './form-scan';

export type { FormFieldSpec, FoundValue } from './form-field';

/** What the extractor knows besides the message. */
export interface ExtractOptions {
  locale: string;
  /** The field whose question was asked last: it gets the whole message when nothing else fits. */
  pending?: string | undefined;
  /** Entities the NLU found in the message (may be empty). */
  entities: readonly NluEntityMatch[];
  /** Fields an unlabelled value may go to: the missing ones, or all when correcting. */
  open: ReadonlySet<string>;
}

/**
 * Finds every field value in one customer message, in this order of trust:
 * 1. a correction, "change the email to x@y.com" / "邮箱改成 x@y.com" (explicit);
 * 2. labelled values, "my email is …", "phone: …", "电话是…" (explicit);
 * 3. NLU entities and values recognisable by their shape (e-mail, date, phone, a
 *    choice, the field's pattern, numbers), each given to the one open field of its
 *    type, a field named right beside it, or else the pending field;
 * 4. the whole message as the answer to the pending field, when nothing else was found.
 * Each piece of text is used once. Pure: the caller fetches the NLU entities.
 */
export function extractFormValues(
  message: AnswerInput,
  fields: readonly FormFieldSpec[],
  options: ExtractOptions,
): FoundValue[] {
  const pending = fields.find((field) => field.name === options.pending);
  if (pending?.type === 'choice' && message.payload !== undefined) {
    const pressed = parseAnswer({ payload: message.payload }, rulesOf(pending), options.locale);
    if (pressed.ok) return [{ name: pending.name, value: pressed.value, explicit: true }];
  }
  const text = (message.text ?? message.payload ?? '').normalize('NFKC');
  const correction = correctionValue(text, fields, options.locale);
  if (correction !== undefined) return [correction];
  const work: Work = { text, found: [] };
  labelledValues(work, fields, options.locale);
  const free = fields.filter(
    (field) => options.open.has(field.name) && !work.found.some((f) => f.name === field.name),
  );
  const candidates = findCandidates(work.text, free, options);
  work.found.push(...assignCandidates(work.text, free, candidates, options.pending));
  if (work.found.length === 0 && pending !== undefined) {
    const answer = parseAnswer(message, rulesOf(pending), options.locale);
    if (answer.ok) work.found.push({ name: pending.name, value: answer.value, explicit: true });
  }
  return work.found;
}

interface Work {
  /** The message with used pieces blanked out. */
  text: string;
  found: FoundValue[];
}

function correctionValue(
  text: string,
  fields: readonly FormFieldSpec[],
  locale: string,
): FoundValue | undefined {
  const request = parseCorrection(text);
  if (request === undefined) return undefined;
  const ref = request.ref.toLowerCase();
  const named = fields.find((field) =>
    fieldMentions(field.name, field.type).some((word) => ref.includes(word)),
  );
  const parses = (field: FormFieldSpec) =>
    parseAnswer({ text: request.value }, rulesOf(field), locale);
  if (named !== undefined) {
    const answer = parses(named);
    return answer.ok ? { name: named.name, value: answer.value, explicit: true } : undefined;
  }
  // No field named: the value's shape must point at exactly one typed field.
  const fitting = fields.filter((field) => field.type !== 'text' && parses(field).ok);
  const only = fitting.length === 1 ? fitting[0] : undefined;
  if (only === undefined) return undefined;
  const answer = parses(only);
  return answer.ok ? { name: only.name, value: answer.value, explicit: true } : undefined;
}

/** Types whose values are recognisable on their own, so "phone +44 …" needs no "is". */
const shapedTypes: ReadonlySet<AnswerType> = new Set(['email', 'phone', 'date']);
const separator = String.raw`(?:\s*(?:[:：=]|是|为|叫)\s*|\s+(?:is|was|would be|should be|will be)\s+)`;
const valueEnd = String.raw`(?=\.\s|\.?$|[,;，；。!?！？\n]|\s+and\s|\s+&\s)`;

/** "<field> is <value>" for every field; typed fields may also be just "<field> <value>". */
function labelledValues(work: Work, fields: readonly FormFieldSpec[], locale: string): void {
  for (const field of fields) {
    const sep = shapedTypes.has(field.type) ? `(?:${separator}|\\s+)` : separator;
    for (const word of fieldMentions(field.name, field.type)) {
      const boundary = /^[a-z0-9]/iu.test(word) ? String.raw`(?<![\p{L}\p{N}])` : '';
      const regex = new RegExp(`${boundary}${escapeRegExp(word)}${sep}(.+?)${valueEnd}`, 'iu');
      const match = regex.exec(work.text);
      const raw = match?.[1]?.trim();
      if (match === null || raw === undefined || raw === '') continue;
      const answer = parseAnswer({ text: raw }, rulesOf(field), locale);
      if (!answer.ok) continue;
      work.found.push({ name: field.name, value: answer.value, explicit: true });
      work.text = blank(work.text, {
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
      });
      break;
    }
  }
}

function blank(text: string, span: Span): string {
  return text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
