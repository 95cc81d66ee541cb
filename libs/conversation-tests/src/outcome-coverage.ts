import type { TraceEntry } from '@parley/engine';
import type { BotDocument } from '@parley/flow';

/** One outcome of one node that has an edge: a way through the bot. */
export interface CoveredOutcome {
  flowId: string;
  nodeId: string;
  outcome: string;
}

/** Which ways through a bot a set of conversations took. */
export interface OutcomeCoverage {
  /** Outcomes with an edge, across all flows. */
  total: number;
  covered: number;
  /** Outcomes with an edge that no conversation took. */
  missing: CoveredOutcome[];
  /** Nodes no conversation reached (end nodes have no outcome, so they are counted here). */
  unvisited: { flowId: string; nodeId: string }[];
}

/**
 * Outcome coverage computed from traces: an edge counts as taken when a trace step
 * of its source node has that outcome (a node's `error` result counts as its
 * `error` outcome). Proves that tests walk every edge, rather than claiming it.
 *
 * @example
 * const coverage = outcomeCoverage(doc, reports.flatMap((r) => r.trace));
 * expect(coverage.missing).toEqual([]);
 */
export function outcomeCoverage(doc: BotDocument, traces: readonly TraceEntry[]): OutcomeCoverage {
  const taken = new Set<string>();
  const visited = new Set<string>();
  for (const entry of traces) {
    if (entry.type !== 'step') continue;
    visited.add(key(entry.flowId, entry.nodeId));
    const outcome = entry.outcome ?? (entry.result === 'error' ? 'error' : undefined);
    if (outcome !== undefined) taken.add(key(entry.flowId, entry.nodeId, outcome));
  }
  const outcomes = doc.flows.flatMap((flow) =>
    uniqueOutcomes(flow.edges).map((edge) => ({ flowId: flow.id, ...edge })),
  );
  const missing = outcomes.filter((o) => !taken.has(key(o.flowId, o.nodeId, o.outcome)));
  const unvisited = doc.flows.flatMap((flow) =>
    flow.nodes
      .filter((node) => !visited.has(key(flow.id, node.id)))
      .map((node) => ({ flowId: flow.id, nodeId: node.id })),
  );
  return { total: outcomes.length, covered: outcomes.length - missing.length, missing, unvisited };
}

/** Two edges leaving the same outcome are one way (the validator reports the duplicate). */
function uniqueOutcomes(
  edges: readonly { source: string; sourceHandle: string }[],
): { nodeId: string; outcome: string }[] {
  const seen = new Map<string, { nodeId: string; outcome: string }>();
  for (const edge of edges)
    seen.set(key(edge.source, edge.sourceHandle), {
      nodeId: edge.source,
      outcome: edge.sourceHandle,
    });
  return [...seen.values()];
}

function key(...parts: string[]): string {
  return JSON.stringify(parts);
}
