import type { Entity } from '@parley/flow';
import type { DraftDocument } from '../../../draft/draft-document';
import { replaceItem } from '../named-items';

type ListValue = Extract<Entity, { kind: 'list' }>['values'][number];

/** Longest value or synonym the document accepts (nlu.schema). */
export const ENTITY_VALUE_MAX = 200;

/** Replaces the values of list entity `name` (the caller keeps at least one). */
export function setEntityValues(
  doc: DraftDocument,
  name: string,
  values: readonly ListValue[],
): DraftDocument {
  return replaceItem(doc, 'entities', name, (item) => ({ ...item, name, values: [...values] }));
}

export function setEntityPattern(doc: DraftDocument, name: string, pattern: string): DraftDocument {
  return replaceItem(doc, 'entities', name, (item) =>
    item.pattern === pattern ? { ...item, name } : { ...item, name, pattern },
  );
}

/** Renames an entity; node settings naming it are left for the validator to point out. */
export function renameEntity(doc: DraftDocument, from: string, to: string): DraftDocument {
  return replaceItem(doc, 'entities', from, (item) => ({ ...item, name: to }));
}

/** Why a list value cannot be used, as a `botData:entities.*` key; `null` when it can. */
export function valueProblem(value: string, others: readonly string[]): string | null {
  const text = value.trim();
  if (text === '') return 'entities.valueRequired';
  if (text.length > ENTITY_VALUE_MAX) return 'entities.valueTooLong';
  return others.includes(text) ? 'entities.valueTaken' : null;
}

/** Synonyms as the document wants them: trimmed, not blank, not too long, once each. */
export function cleanSynonyms(synonyms: readonly string[]): string[] {
  const kept = synonyms.map((synonym) => synonym.trim()).filter((synonym) => synonym !== '');
  return [...new Set(kept.filter((synonym) => synonym.length <= ENTITY_VALUE_MAX))];
}
