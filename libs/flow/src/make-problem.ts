import type { Problem, ProblemCode, ProblemSeverity } from './problem';

/** Where a problem is: the ids the studio draws a badge on, and the path from the root. */
export interface ProblemLocation {
  flowId?: string;
  nodeId?: string;
  edgeId?: string;
  path: readonly (string | number)[];
}

/**
 * Builds a `Problem`, leaving out ids that are not known (so `toEqual` in tests and
 * JSON in API answers carry no `undefined` keys).
 */
export function makeProblem(
  code: ProblemCode,
  message: string,
  location: ProblemLocation,
  severity: ProblemSeverity = 'error',
): Problem {
  const problem: Problem = { code, severity, path: [...location.path], message };
  if (location.flowId !== undefined) problem.flowId = location.flowId;
  if (location.nodeId !== undefined) problem.nodeId = location.nodeId;
  if (location.edgeId !== undefined) problem.edgeId = location.edgeId;
  return problem;
}
