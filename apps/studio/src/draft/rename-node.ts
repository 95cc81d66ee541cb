import { idSchema, isRecord } from '@parley/flow';
import type { DraftDocument, DraftFlow } from './draft-document';
import { updateFlow } from './document-edits';

export type NodeIdIssue = 'empty' | 'pattern' | 'taken';

/** Why `next` cannot become the id of node `current` in `flow`, or `null` when it can. */
export function nodeIdIssue(flow: DraftFlow, current: string, next: string): NodeIdIssue | null {
  if (next === current) return null;
  if (next === '') return 'empty';
  if (!idSchema.safeParse(next).success) return 'pattern';
  if (flow.nodes.some((node) => node.id === next)) return 'taken';
  return null;
}

/**
 * Gives a node another id, and carries every reference along: the flow's edges,
 * and the bot's conversation tests that expect the conversation to wait at it or
 * fire its timer. Tests name nodes without their flow, so they follow only when
 * no other flow has a node with the old id (otherwise they may mean that one).
 * An id that is invalid or taken leaves the document as it was.
 */
export function renameNode(
  doc: DraftDocument,
  flowId: string,
  from: string,
  to: string,
): DraftDocument {
  const flow = doc.flows.find((candidate) => candidate.id === flowId);
  if (flow === undefined || from === to || nodeIdIssue(flow, from, to) !== null) return doc;
  if (!flow.nodes.some((node) => node.id === from)) return doc;
  const renamed = updateFlow(doc, flowId, (open) => ({
    ...open,
    nodes: open.nodes.map((node) => (node.id === from ? { ...node, id: to } : node)),
    edges: open.edges.map((edge) =>
      edge.source === from || edge.target === from
        ? {
            ...edge,
            source: edge.source === from ? to : edge.source,
            target: edge.target === from ? to : edge.target,
          }
        : edge,
    ),
  }));
  const elsewhere = doc.flows.some(
    (other) => other.id !== flowId && other.nodes.some((node) => node.id === from),
  );
  if (elsewhere || !Array.isArray(renamed['tests'])) return renamed;
  return { ...renamed, tests: renamed['tests'].map((test) => renameInTest(test, from, to)) };
}

/** A stored test with `expect.node` and `timer` moved from one node id to another. */
function renameInTest(test: unknown, from: string, to: string): unknown {
  if (!isRecord(test) || !Array.isArray(test['turns'])) return test;
  let changed = false;
  const turns = test['turns'].map((turn: unknown) => {
    if (!isRecord(turn)) return turn;
    let next = turn;
    if (turn['timer'] === from) next = { ...next, timer: to };
    const expect = turn['expect'];
    if (isRecord(expect) && expect['node'] === from)
      next = { ...next, expect: { ...expect, node: to } };
    changed ||= next !== turn;
    return next;
  });
  return changed ? { ...test, turns } : test;
}
