import type { Variable } from '@parley/flow';
import type { DraftDocument } from '../../../draft/draft-document';
import { addItem, replaceItem } from '../named-items';

/**
 * Writes a variable from the form: added when `previous` is null, else replacing
 * the one called `previous` in place, keeping fields the form does not know and
 * dropping a default or description the form cleared.
 */
export function saveVariable(
  doc: DraftDocument,
  previous: string | null,
  variable: Variable,
): DraftDocument {
  if (previous === null) return addItem(doc, 'variables', variable);
  return replaceItem(doc, 'variables', previous, (raw) => {
    const kept = Object.fromEntries(
      Object.entries(raw).filter(([key]) => key !== 'default' && key !== 'description'),
    );
    return { ...kept, ...variable };
  });
}
