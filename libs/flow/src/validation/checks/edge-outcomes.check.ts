import { makeProblem } from '../../make-problem';
import type { Problem } from '../../problem';
import type { ValidationContext } from '../validation-context';

/**
 * `unknown-outcome`: an edge leaves its source by an outcome the source does not
 * have (a deleted condition branch, an intent removed from the list).
 * `duplicate-outcome-edge`: a second edge from the same outcome — a node takes one
 * path per outcome, so the engine could not tell which to follow.
 * Sources whose outcomes are unknown (unknown kind, invalid settings) are skipped.
 */
export function edgeOutcomesCheck(context: ValidationContext): Problem[] {
  const { messages } = context;
  const problems: Problem[] = [];
  for (const info of context.flows) {
    const firstEdgeOf = new Map<string, string>();
    info.flow.edges.forEach((edge, index) => {
      const source = info.nodeById.get(edge.source);
      if (source?.outcomes === undefined) return;
      const path = [...info.path, 'edges', index, 'sourceHandle'];
      const location = { flowId: info.flow.id, edgeId: edge.id, path };
      const outcome = edge.sourceHandle;
      if (!source.outcomes.has(outcome)) {
        const outcomes = [...source.outcomes];
        const message = messages.unknownOutcome(info, source, edge.id, outcome, outcomes);
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
      const message = messages.duplicateOutcomeEdge(info, source, outcome, first, edge.id);
      problems.push(makeProblem('duplicate-outcome-edge', message, location));
    });
  }
  return problems;
}
