/**
 * Every node kind a flow may contain. The catalog and the executor map are both typed
 * against this list, so adding a kind here without its definition (or executor) fails
 * to compile.
 */
export const nodeKinds = [
  'start',
  'message',
  'ask',
  'form',
  'condition',
  'set',
  'intent',
  'llm',
  'knowledge',
  'lookup',
  'action',
  'sentiment',
  'handoff',
  'feedback',
  'jump',
  'subflow',
  'end',
] as const;

/** The `type` of a flow node that Parley knows how to run. */
export type NodeKind = (typeof nodeKinds)[number];

/** Narrows a node's `type` (any string in a document) to a known kind. */
export function isNodeKind(value: string): value is NodeKind {
  return nodeKinds.some((kind) => kind === value);
}
