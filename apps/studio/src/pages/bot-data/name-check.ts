import { identifierSchema } from '@parley/flow';

/** Why a name cannot be used, as an i18n key of `botData:name.*`; `null` when it can. */
export type NameProblem = 'required' | 'format' | 'taken' | 'reserved' | null;

/**
 * Checks a name for an intent, entity, variable or parameter: the document's
 * identifier rule (usable as `vars.name`), not already taken (case-sensitively, as the
 * engine reads them), and not a word the name would clash with.
 */
export function nameProblem(
  name: string,
  taken: Iterable<string>,
  options: { current?: string; reserved?: readonly string[] } = {},
): NameProblem {
  if (name.trim() === '') return 'required';
  if (!identifierSchema.safeParse(name).success) return 'format';
  if (options.reserved?.includes(name)) return 'reserved';
  if (name === options.current) return null;
  for (const other of taken) if (other === name) return 'taken';
  return null;
}

/** Intent names become outcomes of the intent node, beside its own `fallback`. */
export const reservedIntentNames = ['fallback'] as const;
