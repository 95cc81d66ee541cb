import type { Problem, ProblemSeverity } from '@parley/flow';

/** Which flow's problems the list shows: every flow's, the open one's (following it), or one flow's. */
export type FlowFilter = { kind: 'all' } | { kind: 'current' } | { kind: 'flow'; flowId: string };
export type SeverityFilter = 'all' | ProblemSeverity;

export interface ProblemFilter {
  flow: FlowFilter;
  severity: SeverityFilter;
}

export const showEverything: ProblemFilter = { flow: { kind: 'all' }, severity: 'all' };

export interface SeverityCounts {
  error: number;
  warning: number;
}

/** One heading of the list: the bot's own problems (`flowId` undefined) or one flow's. */
export interface ProblemGroup {
  flowId: string | undefined;
  problems: Problem[];
}

/** The problems of the flows the filter takes (bot-level ones only under "all flows"). */
export function problemsInFlows(
  problems: readonly Problem[],
  flow: FlowFilter,
  openFlowId: string,
): Problem[] {
  if (flow.kind === 'all') return [...problems];
  const wanted = flow.kind === 'current' ? openFlowId : flow.flowId;
  return problems.filter((problem) => problem.flowId === wanted);
}

/** The problems both filters take, in the validator's order. */
export function filterProblems(
  problems: readonly Problem[],
  filter: ProblemFilter,
  openFlowId: string,
): Problem[] {
  return problemsInFlows(problems, filter.flow, openFlowId).filter(
    (problem) => filter.severity === 'all' || problem.severity === filter.severity,
  );
}

export function countSeverities(problems: readonly Problem[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0 };
  for (const problem of problems) counts[problem.severity] += 1;
  return counts;
}

/** Errors before warnings, otherwise as given: what blocks publishing is read first. */
export function errorsFirst(problems: readonly Problem[]): Problem[] {
  return [
    ...problems.filter((problem) => problem.severity === 'error'),
    ...problems.filter((problem) => problem.severity !== 'error'),
  ];
}

/**
 * Problems under headings: the bot's own first, then each flow in the bot's order
 * (flows the bot no longer has last), errors first within each.
 */
export function groupByFlow(
  problems: readonly Problem[],
  flowOrder: readonly string[],
): ProblemGroup[] {
  const byFlow = new Map<string | undefined, Problem[]>();
  for (const problem of problems) {
    byFlow.set(problem.flowId, [...(byFlow.get(problem.flowId) ?? []), problem]);
  }
  const rank = (flowId: string | undefined): number => {
    if (flowId === undefined) return -1;
    const index = flowOrder.indexOf(flowId);
    return index === -1 ? flowOrder.length : index;
  };
  return [...byFlow.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([flowId, grouped]) => ({ flowId, problems: errorsFirst(grouped) }));
}

/** The worst severity among problems (there is at least one to draw a marker for). */
export function worstSeverity(problems: readonly Problem[]): ProblemSeverity {
  return problems.some((problem) => problem.severity === 'error') ? 'error' : 'warning';
}

/** A flow's problems, by edge: what the edge markers draw. */
export function problemsByEdge(
  problems: readonly Problem[],
  flowId: string,
): Map<string, Problem[]> {
  const byEdge = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (problem.flowId !== flowId || problem.edgeId === undefined) continue;
    byEdge.set(problem.edgeId, [...(byEdge.get(problem.edgeId) ?? []), problem]);
  }
  return byEdge;
}
