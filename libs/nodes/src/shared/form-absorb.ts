import {
  nluClassificationSchema,
  type Json,
  type NluEntityMatch,
  type NodeContext,
} from '@parley/engine';
import { byLanguage } from './answer-text';
import type { AnswerInput } from './choice-answer.matcher';
import { extractFormValues, type FormFieldSpec } from './form-extract';
import { fieldDisplayName } from './form-phrases';
import type { FormState } from './form-state';
import { callPort, portFailureReason } from './port-call';

/** Embedded NLU answers in milliseconds; this only stops a stuck one. */
const ENTITY_TIMEOUT_MS = 5_000;

/** Types the NLU recognises as system entities. */
const entityTypes: ReadonlySet<string> = new Set(['email', 'phone', 'number', 'date']);

type AbsorbContext = Pick<NodeContext<unknown>, 'ports' | 'locale' | 'doc' | 'say' | 'note'>;

/**
 * Reads one message into the form's values and returns the names of the fields it
 * changed. `missing`: unlabelled values only fill fields without a value yet; `all`
 * (confirming, choosing what to change): they may replace any value. Values the
 * customer named explicitly ("my email is …", "change the phone to …") always
 * replace; a replaced value is acknowledged ("Updated: Email → …").
 */
export async function absorbMessage(
  ctx: AbsorbContext,
  fields: readonly FormFieldSpec[],
  state: FormState,
  input: AnswerInput,
  mode: 'missing' | 'all',
): Promise<string[]> {
  const open = new Set(
    fields
      .filter((field) => mode === 'all' || !(field.name in state.values))
      .map((field) => field.name),
  );
  const text = input.text ?? '';
  const entities = await nluEntities(
    ctx,
    text,
    fields.filter((field) => open.has(field.name)),
  );
  const pending = state.phase === 'collect' ? state.pending : undefined;
  const found = extractFormValues(input, fields, { locale: ctx.locale, pending, entities, open });
  const changed: string[] = [];
  for (const { name, value, explicit } of found) {
    const before = state.values[name];
    if ((!explicit && !open.has(name)) || sameJson(before, value)) continue;
    state.values[name] = value;
    state.skipped = state.skipped.filter((skipped) => skipped !== name);
    changed.push(name);
    if (before !== undefined) ctx.say({ type: 'text', text: updatedText(name, value, ctx.locale) });
  }
  return changed;
}

/** Entities the bot's NLU finds, when a field could use them; none if the NLU fails. */
async function nluEntities(
  ctx: AbsorbContext,
  text: string,
  fields: readonly FormFieldSpec[],
): Promise<NluEntityMatch[]> {
  const declared = new Set(ctx.doc.entities.map((entity) => entity.name));
  const useful = fields.some((field) => entityTypes.has(field.type) || declared.has(field.name));
  if (!useful || text.trim() === '') return [];
  const call = await callPort('nlu', ENTITY_TIMEOUT_MS, nluClassificationSchema, () =>
    ctx.ports.nlu.classify({ text, locale: ctx.locale, intents: [] }),
  );
  if (call.ok) return call.value.entities;
  ctx.note(
    `${portFailureReason(call.error, 'Entity recognition')}; reading the message without it`,
  );
  return [];
}

function updatedText(name: string, value: Json, locale: string): string {
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  const field = fieldDisplayName(name, locale);
  return byLanguage(locale, {
    en: `Updated: ${field} → ${shown}`,
    zh: `已更新：${field} → ${shown}`,
  });
}

function sameJson(a: Json | undefined, b: Json): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
