import type { FieldModel } from './field-model';
import { isPlainObject } from './value-path';

/**
 * The value of a freshly added list item or optional group: what the schema
 * requires and cannot default, left blank for the analyst to fill (the form marks
 * it until then). An `id` gets the next free one after its siblings' (`branch-2`).
 */
export function initialValue(
  model: FieldModel,
  siblings: readonly unknown[] = [],
  idPrefix = 'item',
): unknown {
  if (model.defaultValue !== undefined) return structuredClone(model.defaultValue);
  switch (model.kind) {
    case 'object':
      return Object.fromEntries(
        model.fields
          .filter(([, field]) => !field.optional && field.defaultValue === undefined)
          .map(([key, field]) => [
            key,
            key === 'id' && field.kind === 'text'
              ? nextId(siblings, idPrefix)
              : initialValue(field),
          ]),
      );
    case 'list':
      return [];
    case 'key-value':
      return {};
    case 'switch':
      return false;
    case 'number':
      return 0;
    case 'select':
      return model.options[0];
    case 'json':
      return null;
    default:
      return '';
  }
}

/** `prefix-<n>` after the highest number used by the siblings' ids of that shape. */
function nextId(siblings: readonly unknown[], fallbackPrefix: string): string {
  const ids = siblings
    .map((sibling) => (isPlainObject(sibling) ? sibling.id : undefined))
    .filter((id): id is string => typeof id === 'string');
  const last = ids
    .map((id) => /^(.*?)-?(\d+)$/.exec(id))
    .filter((match) => match !== null)
    .at(-1);
  const prefix = last?.[1] ?? fallbackPrefix;
  const taken = new Set(ids);
  for (let n = ids.length + 1; ; n += 1) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}
