import { makeProblem } from '../../make-problem';
import type { Problem } from '../../problem';
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
      const message = context.messages.missingStart(info);
      problems.push(
        makeProblem('missing-start', message, { flowId, path: [...info.path, 'nodes'] }),
      );
      continue;
    }
    const ids = starts.map((start) => start.node.id);
    for (const extra of starts.slice(1)) {
      const message = context.messages.multipleStarts(info, ids, extra.node.id);
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
