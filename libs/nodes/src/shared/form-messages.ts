import type { Json, MessageContent } from '@parley/engine';
import { byLanguage } from './answer-text';
import type { ResolvedChoice } from './choice-answer.matcher';
import { fieldDisplayName } from './form-phrases';

/** Payloads of the form's own buttons. */
export const formPayloads = {
  yes: 'form:yes',
  no: 'form:no',
  skip: 'form:skip',
  /** `form:field:<name>` picks the field to change. */
  fieldPrefix: 'form:field:',
} as const;

/** A field as the confirmation lists it. */
export interface SummaryField {
  name: string;
  choices: readonly ResolvedChoice[];
}

/**
 * The confirmation: the node's question (or a built-in one), one line per field
 * with its value (a choice shows its label, a skipped field a dash), yes/no buttons.
 */
export function confirmationMessage(
  question: string | undefined,
  fields: readonly SummaryField[],
  values: Readonly<Record<string, Json>>,
  locale: string,
): MessageContent {
  const heading =
    question ?? byLanguage(locale, { en: 'Please confirm these details:', zh: '请确认以下信息：' });
  const lines = fields.map(
    (field) =>
      `• ${fieldDisplayName(field.name, locale)}: ${displayValue(field, values[field.name])}`,
  );
  return {
    type: 'text',
    text: [heading, ...lines].join('\n'),
    buttons: [
      {
        label: byLanguage(locale, { en: 'Yes, correct', zh: '确认无误' }),
        payload: formPayloads.yes,
      },
      {
        label: byLanguage(locale, { en: 'No, change something', zh: '需要修改' }),
        payload: formPayloads.no,
      },
    ],
  };
}

/** "Which one would you like to change?" with a button per field. */
export function chooseFieldMessage(
  fields: readonly SummaryField[],
  locale: string,
): MessageContent {
  return {
    type: 'text',
    text: byLanguage(locale, {
      en: 'Which one would you like to change? You can also type the new value, e.g. "change the email to …".',
      zh: '您想修改哪一项？也可以直接输入新的内容，例如“邮箱改成…”。',
    }),
    buttons: fields.map((field) => ({
      label: fieldDisplayName(field.name, locale),
      payload: `${formPayloads.fieldPrefix}${field.name}`,
    })),
  };
}

/** A field's question, with choices (and "Skip" for an optional field) as quick replies. */
export function fieldPromptMessage(
  prompt: string,
  choices: readonly ResolvedChoice[],
  optional: boolean,
  locale: string,
): MessageContent {
  const quickReplies = choices.map((choice) => ({ label: choice.label, payload: choice.value }));
  if (optional)
    quickReplies.push({
      label: byLanguage(locale, { en: 'Skip', zh: '跳过' }),
      payload: formPayloads.skip,
    });
  return quickReplies.length > 0
    ? { type: 'text', text: prompt, quickReplies }
    : { type: 'text', text: prompt };
}

/** Said when a confirmation answer is neither yes, no nor a change. */
export function yesOrNoHint(locale: string): string {
  return byLanguage(locale, {
    en: 'Please answer yes or no, or tell me what to change.',
    zh: '请回答“是”或“否”，或告诉我需要修改的内容。',
  });
}

function displayValue(field: SummaryField, value: Json | undefined): string {
  if (value === undefined || value === null) return '—';
  const choice = field.choices.find((candidate) => candidate.value === value);
  if (choice !== undefined) return choice.label;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
