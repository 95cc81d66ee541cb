import { makeProblem } from '../../make-problem';
import type { Problem } from '../../problem';
import type { ValidationContext } from '../validation-context';

/**
 * `missing-outcome-edge`: every outcome a node can take, except its optional ones,
 * needs an edge; otherwise the conversation would stop there with nothing to say.
 */
export function missingOutcomeEdgesCheck(context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  for (const info of context.flows) {
    const connected = new Set(
      info.flow.edges.map((edge) => JSON.stringify([edge.source, edge.sourceHandle])),
    );
    for (const node of info.nodes) {
      // Only the first node with an id is the edges' source; repeats are reported as duplicate ids.
      if (node.outcomes === undefined || info.nodeById.get(node.node.id) !== node) continue;
      for (const outcome of node.outcomes) {
        if (node.optionalOutcomes.has(outcome)) continue;
        if (connected.has(JSON.stringify([node.node.id, outcome]))) continue;
        const message = context.messages.missingOutcomeEdge(info, node, outcome);
        problems.push(
          makeProblem('missing-outcome-edge', message, {
            flowId: info.flow.id,
            nodeId: node.node.id,
            path: node.path,
          }),
        );
      }
    }
  }
  return problems;
}
