import { makeProblem } from '../../make-problem';
import type { Problem } from '../../problem';
import { attempt, kindFailed } from '../analyse-node';
import type { ValidationContext } from '../validation-context';

/**
 * The kinds' own `check(settings, ctx)`: rules beyond the schema (subflow
 * parameters, regex patterns...). Runs only on settings that parsed. A kind check
 * that throws becomes an `internal-error` on its node.
 */
export function kindRulesCheck(context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  for (const flow of context.flows) {
    for (const node of flow.nodes) {
      const kind = node.kind;
      if (kind?.check === undefined || !node.parsed) continue;
      const checkContext = { doc: context.doc, flow: flow.flow, node: node.node };
      const issues = attempt(
        () => kind.check?.(node.settings, checkContext) ?? [],
        (error) => {
          problems.push(kindFailed(checkContext, node.path, 'check', error, context.messages));
          return [];
        },
      );
      for (const issue of issues) {
        problems.push(
          makeProblem(
            issue.code,
            context.messages.kindRule(flow, node, issue.path, issue.message),
            {
              flowId: flow.flow.id,
              nodeId: node.node.id,
              path: [...node.path, 'data', ...issue.path],
            },
          ),
        );
      }
    }
  }
  return problems;
}
