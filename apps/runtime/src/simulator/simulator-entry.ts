import type { BotDocument } from '@parley/flow';

/**
 * A copy of `doc` whose conversations start at `nodeId` of `flowId`: that flow goes
 * first (the engine starts the first flow) and the node leads its list in place of
 * the flow's `start` node (the engine enters a flow at its start node, else its first
 * node). Only the opening turn runs on it: the state it leaves names real flow and
 * node ids, so later turns run on the draft itself.
 */
export function documentStartingAt(doc: BotDocument, flowId: string, nodeId: string): BotDocument {
  const flow = doc.flows.find((candidate) => candidate.id === flowId);
  const node = flow?.nodes.find((candidate) => candidate.id === nodeId);
  if (!flow || !node) throw new Error(`No node ${nodeId} in flow ${flowId}`);
  const entry = {
    ...flow,
    nodes: [node, ...flow.nodes.filter((n) => n !== node && n.type !== 'start')],
  };
  return { ...doc, flows: [entry, ...doc.flows.filter((f) => f !== flow)] };
}
