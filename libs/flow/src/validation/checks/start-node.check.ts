import { makeProblem } from '../../make-problem';
import type { Problem } from '../../problem';
import { describeFlow, listQuoted } from '../describe';
import type { ValidationContext } from '../validation-context';

/** The node kind every flow enters through; the rest of the graph hangs off it. */
export const START_KIND = 'start';

/** `missing-start` / `multiple-starts`: every flow needs exactly one start node. */
export function startNodeCheck(context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  for (const info of context.flows) {
    const starts = info.nodes.filter((node) => node.node.type === START_KIND);
    const flowId = info.flow.id;
    if (starts.length === 0) {
      const message =
        `The ${describeFlow(info)} has no start node, so a conversation cannot enter it. ` +
        'Add a start node and connect it to the first step.';
      problems.push(
        makeProblem('missing-start', message, { flowId, path: [...info.path, 'nodes'] }),
      );
      continue;
    }
    const ids = starts.map((start) => start.node.id);
    for (const extra of starts.slice(1)) {
      const message =
        `The ${describeFlow(info)} has ${starts.length} start nodes (${listQuoted(ids)}); a flow has exactly ` +
        `one. Remove node "${extra.node.id}" or turn it into another kind of node.`;
      problems.push(
        makeProblem('multiple-starts', message, {
          flowId,
          nodeId: extra.node.id,
          path: extra.path,
        }),
      );
    }
  }
  return problems;
}
