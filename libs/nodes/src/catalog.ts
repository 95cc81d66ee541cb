/**
 * The node catalog: every kind's definition, keyed by kind. Browser-safe (no
 * executor, engine or I/O code), so the studio, the widget and `validateBot` share it.
 */
import type { LocalizedLabel } from '@parley/flow';
import { actionDefinition } from './action/action.definition';
import { askDefinition } from './ask/ask.definition';
import { conditionDefinition } from './condition/condition.definition';
import { endDefinition } from './end/end.definition';
import { feedbackDefinition } from './feedback/feedback.definition';
import { formDefinition } from './form/form.definition';
import { handoffDefinition } from './handoff/handoff.definition';
import { intentDefinition } from './intent/intent.definition';
import { jumpDefinition } from './jump/jump.definition';
import { knowledgeDefinition } from './knowledge/knowledge.definition';
import { llmDefinition } from './llm/llm.definition';
import { lookupDefinition } from './lookup/lookup.definition';
import { messageDefinition } from './message/message.definition';
import { nodeCategories, nodeCategoryLabels, type NodeCategory } from './node-category';
import type { NodeDefinition } from './node-definition';
import { isNodeKind, nodeKinds, type NodeKind } from './node-kinds';
import { sentimentDefinition } from './sentiment/sentiment.definition';
import { setDefinition } from './set/set.definition';
import { startDefinition } from './start/start.definition';
import { subflowDefinition } from './subflow/subflow.definition';

/**
 * Every kind's definition. The `satisfies` clause makes a kind listed in `nodeKinds`
 * without a definition (or a definition filed under the wrong kind) a compile error.
 * It also satisfies flow's `NodeCatalogContract`: pass it to `validateBot` as is.
 */
export const nodeCatalog = {
  start: startDefinition,
  message: messageDefinition,
  ask: askDefinition,
  form: formDefinition,
  condition: conditionDefinition,
  set: setDefinition,
  intent: intentDefinition,
  llm: llmDefinition,
  knowledge: knowledgeDefinition,
  lookup: lookupDefinition,
  action: actionDefinition,
  sentiment: sentimentDefinition,
  handoff: handoffDefinition,
  feedback: feedbackDefinition,
  jump: jumpDefinition,
  subflow: subflowDefinition,
  end: endDefinition,
} satisfies { readonly [K in NodeKind]: NodeDefinition<K> };

/** The type of the catalog, kind by kind, with each kind's own settings types. */
export type NodeCatalog = typeof nodeCatalog;

/** The definition of a node's `type`, or `undefined` for a kind Parley does not know. */
export function getNodeDefinition(kind: string): NodeDefinition | undefined {
  return isNodeKind(kind) ? nodeCatalog[kind] : undefined;
}

/** One section of the studio's palette. */
export interface PaletteGroup {
  category: NodeCategory;
  label: LocalizedLabel;
  definitions: NodeDefinition[];
}

/** The palette: kinds grouped by category, sections and kinds in a stable order. */
export function paletteGroups(): PaletteGroup[] {
  return nodeCategories
    .map((category) => ({
      category,
      label: nodeCategoryLabels[category],
      definitions: nodeKinds
        .map((kind): NodeDefinition => nodeCatalog[kind])
        .filter((definition) => definition.category === category),
    }))
    .filter((group) => group.definitions.length > 0);
}
