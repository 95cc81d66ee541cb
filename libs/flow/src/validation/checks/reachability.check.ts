import { makeProblem } from '../../make-problem';
import type { Problem } from '../../problem';
import { flowGraph } from '../flow-graph';
import type { ValidationContext } from '../validation-context';
import { START_KIND } from './start-node.check';

/**
 * `unreachable-node` (a warning): nodes no path from the flow's start leads to.
 * Analysts leave such nodes while drafting, so publishing is not blocked; flows
 * without a start are skipped (`missing-start` says it already).
 */
export function reachabilityCheck(context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  for (const info of context.flows) {
    const roots = info.nodes.flatMap((node, vertex) =>
      node.node.type === START_KIND ? [vertex] : [],
    );
    if (roots.length === 0) continue;
    const { successors } = flowGraph(info);
    const reached = new Set<number>(roots);
    const queue = [...roots];
    for (let head = 0; head < queue.length; head += 1) {
      for (const next of successors[queue[head] ?? -1] ?? []) {
        if (reached.has(next)) continue;
        reached.add(next);
        queue.push(next);
      }
    }
    info.nodes.forEach((node, vertex) => {
      if (reached.has(vertex)) return;
      const message = context.messages.unreachableNode(info, node);
      problems.push(
        makeProblem(
          'unreachable-node',
          message,
          { flowId: info.flow.id, nodeId: node.node.id, path: node.path },
          'warning',
        ),
      );
    });
  }
  return problems;
}
