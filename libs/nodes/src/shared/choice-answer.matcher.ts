import { z } from 'zod';
import { answerKey } from './answer-text';

/**
 * A choice ready to be offered and matched: its label already rendered for the
 * conversation's locale, plus every label variant (all locales) and synonym the
 * customer may type. Plain JSON, so a waiting node can keep it in its node state.
 */
export const resolvedChoiceSchema = z.object({
  id: z.string(),
  /** What is stored in the variable, and the payload of the choice's quick reply. */
  value: z.string(),
  /** The label shown, in the conversation's locale. */
  label: z.string(),
  /** Other texts that select this choice: labels in every locale, synonyms. */
  aliases: z.array(z.string()),
});
export type ResolvedChoice = z.infer<typeof resolvedChoiceSchema>;

/** What the customer sent: typed text and/or a pressed button's payload. */
export interface AnswerInput {
  text?: string | undefined;
  payload?: string | undefined;
}

/**
 * Finds the choice a customer picked. A button payload must equal a choice's value
 * (or id). Typed text matches, case- and width-insensitively, a value, a label in
 * any locale or a synonym; failing that, a number `n` picks the n-th choice (people
 * answer "2" to a numbered list).
 */
export function matchChoice(
  input: AnswerInput,
  choices: readonly ResolvedChoice[],
): ResolvedChoice | undefined {
  if (input.payload !== undefined) {
    const pressed =
      choices.find((c) => c.value === input.payload) ?? choices.find((c) => c.id === input.payload);
    if (pressed !== undefined) return pressed;
  }
  const typed = input.text ?? input.payload;
  if (typed === undefined) return undefined;
  const key = answerKey(typed);
  if (key === '') return undefined;
  const byText = choices.find((choice) =>
    [choice.value, choice.label, ...choice.aliases].some((t) => answerKey(t) === key),
  );
  return byText ?? byPosition(key, choices);
}

function byPosition(key: string, choices: readonly ResolvedChoice[]): ResolvedChoice | undefined {
  if (!/^\d{1,2}$/.test(key)) return undefined;
  return choices[Number(key) - 1];
}
