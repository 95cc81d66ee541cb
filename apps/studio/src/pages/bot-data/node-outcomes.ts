import { getNodeDefinition } from '@parley/nodes';
import type { DraftNode } from '../../draft/draft-document';

/**
 * A node's outcomes as its kind names them, for a bot declaring `intents` (an intent
 * node listing none routes on every intent). Empty while the settings do not parse.
 */
export function outcomesOf(node: DraftNode, intents: readonly string[]): readonly string[] {
  const definition = getNodeDefinition(node.type);
  const settings = definition?.settingsSchema.safeParse(node.data);
  if (!definition || !settings?.success) return [];
  const context = { doc: { intents: intents.map((name) => ({ name, utterances: {} })) } };
  try {
    return definition.outcomes(settings.data, context);
  } catch {
    // A kind's outcome function may refuse odd settings; the node then routes on nothing here.
    return [];
  }
}
