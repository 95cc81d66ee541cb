import type { DraftDocument } from '../draft/draft-document';
import { type EdgeMark, markKey, type NodeMark } from '../canvas/overlay';
import type { SimTurn } from './simulator-session';

export interface PathMarks {
  nodes: Map<string, NodeMark>;
  edges: Map<string, EdgeMark>;
}

/**
 * The canvas marks of one turn: every node it ran is on the path, with the edges
 * taken between them (the edge leaving a node by its outcome to the next node run),
 * and the node the conversation now waits at is the current one.
 */
export function turnPathMarks(turn: SimTurn, document: DraftDocument): PathMarks {
  const nodes = new Map<string, NodeMark>();
  const edges = new Map<string, EdgeMark>();
  const steps = turn.trace.filter((entry) => entry.type === 'step');
  steps.forEach((step, index) => {
    nodes.set(markKey(step.flowId, step.nodeId), 'path');
    const next = steps[index + 1];
    if (!next || next.flowId !== step.flowId || step.outcome === undefined) return;
    const edge = document.flows
      .find((flow) => flow.id === step.flowId)
      ?.edges.find(
        (candidate) =>
          candidate.source === step.nodeId &&
          candidate.sourceHandle === step.outcome &&
          candidate.target === next.nodeId,
      );
    if (edge) edges.set(markKey(step.flowId, edge.id), 'path');
  });
  const { flowId, nodeId } = turn.state;
  if (flowId && nodeId) nodes.set(markKey(flowId, nodeId), 'current');
  return { nodes, edges };
}

/** Where a turn left the conversation, else the last node it ran (a conversation that ended). */
export function turnFocus(turn: SimTurn): { flowId: string; nodeId: string } | undefined {
  const { flowId, nodeId } = turn.state;
  if (flowId && nodeId) return { flowId, nodeId };
  const last = turn.trace.findLast((entry) => entry.type === 'step');
  return last?.type === 'step' ? { flowId: last.flowId, nodeId: last.nodeId } : undefined;
}
