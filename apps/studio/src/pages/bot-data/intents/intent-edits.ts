import { widgetFields } from '@parley/flow';
import { getNodeDefinition } from '@parley/nodes';
import type { DraftDocument, DraftNode } from '../../../draft/draft-document';
import { isPlainObject, setIn } from '../../../settings-form/value-path';
import { replaceItem } from '../named-items';
import { outcomesOf } from '../node-outcomes';

/**
 * Renames an intent and everything that routes on it: intent fields of node settings
 * and the edges leaving the old outcome, so the canvas keeps its connections.
 */
export function renameIntent(doc: DraftDocument, from: string, to: string): DraftDocument {
  if (from === to) return doc;
  const renamed = replaceItem(doc, 'intents', from, (item) => ({ ...item, name: to }));
  const before = doc.intents.map((intent) => intent.name);
  const after = renamed.intents.map((intent) => intent.name);
  return {
    ...renamed,
    flows: renamed.flows.map((flow) => {
      const moved = new Set<string>();
      const nodes = flow.nodes.map((node) => {
        const next = renameInSettings(node, from, to);
        if (outcomesOf(node, before).includes(from) && outcomesOf(next, after).includes(to))
          moved.add(node.id);
        return next;
      });
      const edges = flow.edges.map((edge) =>
        moved.has(edge.source) && edge.sourceHandle === from ? { ...edge, sourceHandle: to } : edge,
      );
      return { ...flow, nodes, edges };
    }),
  };
}

/** Sets the utterances of one locale; an emptied locale is dropped from the record. */
export function setUtterances(
  doc: DraftDocument,
  intent: string,
  locale: string,
  utterances: readonly string[],
): DraftDocument {
  return replaceItem(doc, 'intents', intent, (item) => {
    const current = isPlainObject(item.utterances) ? item.utterances : {};
    const next: Record<string, unknown> = { ...current, [locale]: [...utterances] };
    if (utterances.length === 0) delete next[locale];
    return { ...item, name: intent, utterances: next };
  });
}

function renameInSettings(node: DraftNode, from: string, to: string): DraftNode {
  const definition = getNodeDefinition(node.type);
  if (!definition) return node;
  const paths = widgetFields(definition.settingsSchema, node.data)
    .filter((field) => field.widget === 'intent' && field.value === from)
    .map((field) => field.path);
  if (paths.length === 0) return node;
  let data: unknown = node.data;
  for (const path of paths) data = setIn(data, path, to);
  return { ...node, data: isPlainObject(data) ? data : node.data };
}
