import type { Json } from '@parley/engine';
import type { AnswerRules } from './answer.parser';
import type { AnswerType } from './answer-type.schema';
import type { ResolvedChoice } from './choice-answer.matcher';

/** A form field as the extractor sees it: its answer rules with choices resolved. */
export interface FormFieldSpec {
  name: string;
  type: AnswerType;
  pattern?: string | undefined;
  choices: readonly ResolvedChoice[];
}

/** A value found for a field; `explicit` when the customer named the field or answered its question. */
export interface FoundValue {
  name: string;
  value: Json;
  explicit: boolean;
}

/** The answer rules of a field, for `parseAnswer`. */
export function rulesOf(field: FormFieldSpec): AnswerRules {
  return { type: field.type, pattern: field.pattern, choices: field.choices };
}
