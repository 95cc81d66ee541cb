import type { Json, NluEntityMatch } from '@parley/engine';
import { parseAnswer } from './answer.parser';
import { normalizeAnswerText } from './answer-text';
import type { AnswerType } from './answer-type.schema';
import { rulesOf, type FormFieldSpec, type FoundValue } from './form-field';
import { fieldMentions } from './form-phrases';
import {
  choiceSpan,
  dateSpans,
  emailSpans,
  numberSpans,
  patternSpan,
  phoneSpans,
  type Span,
} from './form-scan';

/** A recognisable piece of the message and the value it gives each field it fits. */
export interface Candidate {
  span: Span;
  values: Map<string, Json>;
}

/**
 * Every piece of `text` that is a value of one of the `free` fields, by trust: NLU
 * entities first, then e-mails, dates, phones, choices, patterns and numbers. Pieces
 * never overlap; the result is in text order.
 */
export function findCandidates(
  text: string,
  free: readonly FormFieldSpec[],
  options: { locale: string; entities: readonly NluEntityMatch[] },
): Candidate[] {
  const candidates: Candidate[] = [];
  const fit = (span: Span, fields: readonly FormFieldSpec[], rawText = span.text) => {
    const values = new Map<string, Json>();
    for (const field of fields) {
      const answer = parseAnswer({ text: rawText }, rulesOf(field), options.locale);
      if (answer.ok) values.set(field.name, answer.value);
    }
    return values;
  };
  const ofType = (...types: AnswerType[]) => free.filter((field) => types.includes(field.type));
  const take = (span: Span, values: Map<string, Json>) => {
    if (values.size === 0 || candidates.some((c) => overlaps(c.span, span))) return false;
    candidates.push({ span, values });
    return true;
  };
  for (const entity of options.entities) {
    const fields = free.filter(
      (field) => field.name === entity.entity || systemEntity[field.type] === entity.entity,
    );
    const at = text.indexOf(entity.text.normalize('NFKC'));
    if (fields.length === 0 || at < 0) continue;
    const raw =
      typeof entity.value === 'string' || typeof entity.value === 'number'
        ? String(entity.value)
        : entity.text;
    take(
      { start: at, end: at + entity.text.length, text: entity.text },
      fit({ start: at, end: at, text: raw }, fields),
    );
  }
  for (const span of emailSpans(text)) take(span, fit(span, ofType('email')));
  for (const span of dateSpans(text)) take(span, fit(span, ofType('date')));
  for (const readings of phoneSpans(text))
    readings.some((span) => take(span, fit(span, ofType('phone'))));
  for (const field of ofType('choice')) {
    const found = choiceSpan(text, field.choices);
    if (found !== undefined) take(found.span, new Map([[field.name, found.choice.value]]));
  }
  for (const field of ofType('regex')) {
    const span = patternSpan(text, field.pattern);
    if (span !== undefined) take(span, new Map([[field.name, normalizeAnswerText(span.text)]]));
  }
  for (const span of numberSpans(text)) take(span, fit(span, ofType('number')));
  return candidates.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Gives each candidate to one field: one named beside it (explicit), the only one it
 * fits, or the pending one; a candidate fitting several fields otherwise stays unused.
 */
export function assignCandidates(
  text: string,
  free: readonly FormFieldSpec[],
  candidates: readonly Candidate[],
  pending: string | undefined,
): FoundValue[] {
  const found: FoundValue[] = [];
  const taken = new Set<string>();
  for (const candidate of candidates) {
    const names = [...candidate.values.keys()].filter((name) => !taken.has(name));
    const near = nearestNamed(
      text,
      candidate.span,
      free.filter((field) => names.includes(field.name)),
    );
    const target = near ?? (names.length === 1 ? names[0] : names.find((name) => name === pending));
    if (target === undefined) continue;
    taken.add(target);
    found.push({
      name: target,
      value: candidate.values.get(target) ?? null,
      explicit: near !== undefined,
    });
  }
  return found;
}

/** How far before and after a value a field's name may stand and still label it. */
const NEAR_BEFORE = 16;
const NEAR_AFTER = 12;

/** The field named closest to the span ("2 adults and 3 children"), if any is near enough. */
function nearestNamed(
  text: string,
  span: Span,
  fields: readonly FormFieldSpec[],
): string | undefined {
  const lower = text.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const field of fields) {
    for (const word of fieldMentions(field.name, field.type)) {
      if (word.length < 2) continue;
      const before =
        span.start >= word.length ? lower.lastIndexOf(word, span.start - word.length) : -1;
      const after = lower.indexOf(word, span.end);
      const gapBefore = before < 0 ? Infinity : span.start - (before + word.length);
      const gapAfter = after < 0 ? Infinity : after - span.end;
      const distance = Math.min(
        gapBefore <= NEAR_BEFORE ? gapBefore : Infinity,
        gapAfter <= NEAR_AFTER ? gapAfter : Infinity,
      );
      if (distance < (best?.distance ?? Infinity)) best = { name: field.name, distance };
    }
  }
  return best?.name;
}

const systemEntity: Readonly<Record<AnswerType, string | undefined>> = {
  email: 'email',
  phone: 'phone',
  number: 'number',
  date: 'date',
  text: undefined,
  choice: undefined,
  regex: undefined,
};

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
