import { botDocumentSchema, diffBotDocuments } from '@parley/flow';
import type { DraftDocument } from './draft-document';

/** How far two versions of a draft are apart, in the units an analyst thinks in. */
export interface ConflictSummary {
  /** Nodes added, removed or changed (not only moved), over every flow. */
  changedNodes: number;
  /** Flows with any difference. */
  changedFlows: number;
}

/**
 * Compares the editor's draft with the one saved by someone else. `null` when either
 * is too unfinished to compare (the diff needs documents that parse).
 */
export function conflictSummary(
  mine: DraftDocument,
  theirs: DraftDocument,
): ConflictSummary | null {
  const before = botDocumentSchema.safeParse(theirs);
  const after = botDocumentSchema.safeParse(mine);
  if (!before.success || !after.success) return null;
  const diff = diffBotDocuments(before.data, after.data);
  const changedNodes = diff.flows.reduce(
    (sum, flow) =>
      sum +
      flow.nodes.added.length +
      flow.nodes.removed.length +
      flow.nodes.changed.filter((node) => !node.movedOnly).length,
    0,
  );
  return { changedNodes, changedFlows: diff.flows.length };
}
