import { jsonSchema, type Json } from '@parley/engine';
import { z } from 'zod';
import { resolvedChoiceSchema } from './choice-answer.matcher';

/**
 * What a form keeps between messages: the phase (`collect` asks for missing fields,
 * `confirm` waits for yes/no, `choose` for the field to change), the values so far
 * by field name (variables are written only at the end), the optional fields the
 * customer skipped, the field asked last, and each choice field's resolved choices.
 */
export const formStateSchema = z.object({
  phase: z.enum(['collect', 'confirm', 'choose']),
  values: z.record(z.string(), jsonSchema),
  skipped: z.array(z.string()),
  pending: z.string().optional(),
  choices: z.record(z.string(), z.array(resolvedChoiceSchema)),
});
export type FormState = z.infer<typeof formStateSchema>;

/** The state as plain JSON for a `wait` result (no `undefined` members). */
export function formStateJson(state: FormState): Json {
  const { pending, ...rest } = state;
  return pending === undefined ? rest : { ...rest, pending };
}
