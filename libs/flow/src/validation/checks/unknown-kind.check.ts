import { quoteShort } from '../../format-path';
import { makeProblem } from '../../make-problem';
import type { Problem } from '../../problem';
import { describeFlow } from '../describe';
import type { ValidationContext } from '../validation-context';

/** `unknown-node-kind`: a node whose `type` the catalog does not have. */
export function unknownKindCheck(context: ValidationContext): Problem[] {
  const known = Object.keys(context.catalog).sort();
  return context.flows.flatMap((info) =>
    info.nodes
      .filter((node) => node.kind === undefined)
      .map((node) =>
        makeProblem(
          'unknown-node-kind',
          `Node ${quoteShort(node.node.id)} in ${describeFlow(info)} is of kind ${quoteShort(node.node.type)}, ` +
            `which this version of Parley does not have (known kinds: ${known.join(', ')}).`,
          { flowId: info.flow.id, nodeId: node.node.id, path: [...node.path, 'type'] },
        ),
      ),
  );
}
