import { quoteShort } from '../../format-path';
import { makeProblem } from '../../make-problem';
import type { Problem } from '../../problem';
import { describeNode, listQuoted } from '../describe';
import type { ValidationContext } from '../validation-context';

/**
 * `unknown-outcome`: an edge leaves its source by an outcome the source does not
 * have (a deleted condition branch, an intent removed from the list).
 * `duplicate-outcome-edge`: a second edge from the same outcome — a node takes one
 * path per outcome, so the engine could not tell which to follow.
 * Sources whose outcomes are unknown (unknown kind, invalid settings) are skipped.
 */
export function edgeOutcomesCheck(context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  for (const info of context.flows) {
    const firstEdgeOf = new Map<string, string>();
    info.flow.edges.forEach((edge, index) => {
      const source = info.nodeById.get(edge.source);
      if (source?.outcomes === undefined) return;
      const path = [...info.path, 'edges', index, 'sourceHandle'];
      const location = { flowId: info.flow.id, edgeId: edge.id, path };
      const outcome = quoteShort(edge.sourceHandle);
      if (!source.outcomes.has(edge.sourceHandle)) {
        const has =
          source.outcomes.size === 0
            ? 'it has no outcomes'
            : `its outcomes are ${listQuoted([...source.outcomes])}`;
        const message =
          `Edge "${edge.id}" leaves ${describeNode(info, source).replace(/^Node/, 'node')} by the outcome ` +
          `${outcome}, which that node does not have (${has}). Reconnect or delete the edge.`;
        problems.push(makeProblem('unknown-outcome', message, location));
        return;
      }
      // Keyed by source and outcome; JSON keeps ids containing any character apart.
      const key = JSON.stringify([edge.source, edge.sourceHandle]);
      const first = firstEdgeOf.get(key);
      if (first === undefined) {
        firstEdgeOf.set(key, edge.id);
        return;
      }
      const message =
        `${describeNode(info, source)} has more than one edge leaving its outcome ${outcome} ` +
        `(edges "${first}" and "${edge.id}"); each outcome leads to one place. Delete one of them.`;
      problems.push(makeProblem('duplicate-outcome-edge', message, location));
    });
  }
  return problems;
}
