import type { ComboboxData } from '@mantine/core';
import type { DraftDocument } from '../../draft/draft-document';

/**
 * The draft's node ids for a "stops at node" choice, grouped by flow. A test names a
 * node by id alone, so an id in two flows is offered once; a stored id the draft no
 * longer has stays offered, so opening the editor does not drop it.
 */
export function nodeOptions(document: DraftDocument, current: string): ComboboxData {
  const seen = new Set<string>();
  const groups = document.flows.map((flow) => ({
    group: flow.name,
    items: flow.nodes.map((node) => node.id).filter((id) => !seen.has(id) && (seen.add(id), true)),
  }));
  if (current !== '' && !seen.has(current)) groups.push({ group: '?', items: [current] });
  return groups.filter((group) => group.items.length > 0);
}
