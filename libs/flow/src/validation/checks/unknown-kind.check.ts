import { makeProblem } from '../../make-problem';
import type { Problem } from '../../problem';
import type { ValidationContext } from '../validation-context';

/** `unknown-node-kind`: a node whose `type` the catalog does not have. */
export function unknownKindCheck(context: ValidationContext): Problem[] {
  const known = Object.keys(context.catalog).sort();
  return context.flows.flatMap((info) =>
    info.nodes
      .filter((node) => node.kind === undefined)
      .map((node) =>
        makeProblem('unknown-node-kind', context.messages.unknownNodeKind(info, node, known), {
          flowId: info.flow.id,
          nodeId: node.node.id,
          path: [...node.path, 'type'],
        }),
      ),
  );
}
