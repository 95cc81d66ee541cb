import { makeProblem } from '../../make-problem';
import type { Problem } from '../../problem';
import type { ValidationContext } from '../validation-context';

/**
 * `edge-source-missing` / `edge-target-missing`: both ends of an edge must be nodes
 * of the same flow (an edge left behind when its node was deleted, or pasted alone).
 */
export function edgeEndpointsCheck(context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  for (const info of context.flows) {
    const flowId = info.flow.id;
    info.flow.edges.forEach((edge, index) => {
      const path = [...info.path, 'edges', index];
      const location = { flowId, edgeId: edge.id };
      if (!info.nodeById.has(edge.source)) {
        const message = context.messages.edgeSourceMissing(info, edge.id, edge.source);
        problems.push(
          makeProblem('edge-source-missing', message, { ...location, path: [...path, 'source'] }),
        );
      }
      if (!info.nodeById.has(edge.target)) {
        const message = context.messages.edgeTargetMissing(info, edge.id, edge.target);
        problems.push(
          makeProblem('edge-target-missing', message, { ...location, path: [...path, 'target'] }),
        );
      }
    });
  }
  return problems;
}
