import { makeProblem } from '../../make-problem';
import { flattenIssue } from '../../parse/zod-issue-to-problem';
import type { Problem } from '../../problem';
import type { ValidationContext } from '../validation-context';

/** `invalid-settings`: one problem per issue the kind's settings schema finds in `data`. */
export function settingsCheck(context: ValidationContext): Problem[] {
  return context.flows.flatMap((info) =>
    info.nodes.flatMap((node) =>
      node.settingsIssues.map((issue) => {
        const { path, message } = flattenIssue(issue);
        return makeProblem(
          'invalid-settings',
          context.messages.invalidSettings(info, node, path, message),
          {
            flowId: info.flow.id,
            nodeId: node.node.id,
            path: [...node.path, 'data', ...path],
          },
        );
      }),
    ),
  );
}
