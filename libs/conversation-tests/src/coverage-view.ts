import type { TraceEntry } from '@parley/engine';
import type { BotDocument } from '@parley/flow';
import { outcomeCoverage, type OutcomeCoverage } from './outcome-coverage';

/** One node's coverage: reached at all, and which of its outcomes (with an edge) were taken. */
export interface NodeCoverage {
  visited: boolean;
  outcomes: Record<string, boolean>;
}

/** One flow's coverage; `covered` of `total` outcomes with an edge were taken. */
export interface FlowCoverage {
  flowId: string;
  covered: number;
  total: number;
  /** Every node of the flow, by id. */
  nodes: Record<string, NodeCoverage>;
}

/** Outcome coverage of a bot, overall and per flow, as plain JSON (the run API's `coverage`). */
export interface CoverageReport extends Pick<OutcomeCoverage, 'covered' | 'total' | 'missing'> {
  flows: FlowCoverage[];
}

/**
 * The coverage `outcomeCoverage` computes, laid out per flow and node so a canvas can
 * mark covered and uncovered nodes and edges.
 */
export function coverageReport(doc: BotDocument, traces: readonly TraceEntry[]): CoverageReport {
  const coverage = outcomeCoverage(doc, traces);
  const key = (...parts: string[]) => JSON.stringify(parts);
  const missing = new Set(coverage.missing.map((m) => key(m.flowId, m.nodeId, m.outcome)));
  const unvisited = new Set(coverage.unvisited.map((u) => key(u.flowId, u.nodeId)));
  const flows = doc.flows.map((flow): FlowCoverage => {
    // Null prototypes: ids are the analysts' words, and "__proto__" is a valid one.
    const nodes = Object.create(null) as Record<string, NodeCoverage>;
    for (const node of flow.nodes) {
      const outcomes = Object.create(null) as Record<string, boolean>;
      nodes[node.id] = { visited: !unvisited.has(key(flow.id, node.id)), outcomes };
    }
    let covered = 0;
    let total = 0;
    for (const edge of flow.edges) {
      const outcomes = Object.hasOwn(nodes, edge.source) ? nodes[edge.source]?.outcomes : undefined;
      // Two edges leaving one outcome are one way; an edge from a missing node is no way.
      if (outcomes === undefined || Object.hasOwn(outcomes, edge.sourceHandle)) continue;
      const taken = !missing.has(key(flow.id, edge.source, edge.sourceHandle));
      outcomes[edge.sourceHandle] = taken;
      total += 1;
      if (taken) covered += 1;
    }
    return { flowId: flow.id, covered, total, nodes };
  });
  return { covered: coverage.covered, total: coverage.total, missing: coverage.missing, flows };
}
