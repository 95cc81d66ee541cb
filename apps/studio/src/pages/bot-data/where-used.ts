import { type ReferenceWidget, widgetFields } from '@parley/flow';
import { getNodeDefinition, type NodeDefinition } from '@parley/nodes';
import type { DraftDocument, DraftFlow, DraftNode } from '../../draft/draft-document';
import { outcomesOf } from './node-outcomes';

/** How a node uses a name. */
export type UseKind = 'reads' | 'writes' | 'routes' | 'extracts';

/** One node that uses a variable, intent or entity, and how. */
export interface NodeUse {
  flowId: string;
  flowName: string;
  nodeId: string;
  kind: string;
  how: UseKind[];
}

/**
 * The nodes that use variable `name`: those whose settings mention `vars.<name>` in an
 * expression or template (read), and those that store into it (a variable field).
 */
export function variableUses(doc: DraftDocument, name: string): NodeUse[] {
  const mention = mentionPattern(name);
  return collectUses(doc, (node, definition) => {
    const how: UseKind[] = [];
    if (mention.test(JSON.stringify(node.data))) how.push('reads');
    if (definition && hasReference(definition, node, 'variable', name)) how.push('writes');
    return how;
  });
}

/**
 * The nodes that route on intent `name`: those that list it, and those whose outcomes
 * follow the bot's intents (an intent node listing none routes on every intent).
 */
export function intentUses(doc: DraftDocument, name: string): NodeUse[] {
  const all = doc.intents.map((intent) => intent.name);
  const without = all.filter((intent) => intent !== name);
  return collectUses(doc, (node, definition) => {
    if (!definition) return [];
    if (hasReference(definition, node, 'intent', name)) return ['routes'];
    const follows =
      outcomesOf(node, all).includes(name) && !outcomesOf(node, without).includes(name);
    return follows ? ['routes'] : [];
  });
}

/** The nodes that pick out entity `name` from a message. */
export function entityUses(doc: DraftDocument, name: string): NodeUse[] {
  return collectUses(doc, (node, definition) =>
    definition && hasReference(definition, node, 'entity', name) ? ['extracts'] : [],
  );
}

function collectUses(
  doc: DraftDocument,
  judge: (node: DraftNode, definition: NodeDefinition | undefined) => UseKind[],
): NodeUse[] {
  return doc.flows.flatMap((flow: DraftFlow) =>
    flow.nodes.flatMap((node) => {
      const how = judge(node, getNodeDefinition(node.type));
      return how.length === 0
        ? []
        : [{ flowId: flow.id, flowName: flow.name, nodeId: node.id, kind: node.type, how }];
    }),
  );
}

/** Whether a settings field drawn with `widget` (a variable picker, an intent list…) names `name`. */
function hasReference(
  definition: NodeDefinition,
  node: DraftNode,
  widget: ReferenceWidget,
  name: string,
): boolean {
  return widgetFields(definition.settingsSchema, node.data).some(
    (field) => field.widget === widget && field.value === name,
  );
}

/** `vars.name` (not `vars.names`, not `myvars.name`), as it appears in JSON text. */
function mentionPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9_$])vars\\s*\\.\\s*${escaped}(?![A-Za-z0-9_])`);
}
