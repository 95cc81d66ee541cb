import type { FlowCoverage } from '../../api/tests-schemas';
import type { DraftDocument } from '../../draft/draft-document';

/** One flow's outcome coverage as the studio shows it. */
export interface CoverageFigure {
  flowId: string;
  name: string;
  covered: number;
  total: number;
  /** Whole percent, rounded down so that 99.6 % never reads as complete; `null` without outcomes. */
  percent: number | null;
  /** Nodes no test reached. */
  unvisited: string[];
}

/**
 * Per flow, in the draft's order: how many of its outcomes with an edge the tests
 * took. Flows the run did not know (added since) count as wholly uncovered.
 */
export function coverageFigures(
  flows: readonly FlowCoverage[],
  document: DraftDocument,
): CoverageFigure[] {
  return document.flows.map((flow) => {
    const coverage = flows.find((candidate) => candidate.flowId === flow.id);
    const covered = coverage?.covered ?? 0;
    const total = coverage?.total ?? new Set(flow.edges.map(outcomeKey)).size;
    const unvisited = flow.nodes
      .map((node) => node.id)
      .filter((id) => coverage?.nodes[id]?.visited !== true);
    return {
      flowId: flow.id,
      name: flow.name,
      covered,
      total,
      percent: percent(covered, total),
      unvisited,
    };
  });
}

/** All flows together. */
export function totalCoverage(
  figures: readonly CoverageFigure[],
): Omit<CoverageFigure, 'flowId' | 'name' | 'unvisited'> {
  const covered = figures.reduce((sum, figure) => sum + figure.covered, 0);
  const total = figures.reduce((sum, figure) => sum + figure.total, 0);
  return { covered, total, percent: percent(covered, total) };
}

function percent(covered: number, total: number): number | null {
  return total === 0 ? null : Math.floor((covered / total) * 100);
}

function outcomeKey(edge: { source: string; sourceHandle: string }): string {
  return JSON.stringify([edge.source, edge.sourceHandle]);
}
