import type { Problem } from '../../problem';
import { fieldRules } from '../field-rules';
import type { ValidationContext } from '../validation-context';

/**
 * Checks settings values by their widget: `expression-syntax`, `template-syntax`,
 * `undeclared-variable` (reads and variable fields), `unknown-flow`,
 * `unknown-intent`, `unknown-entity`, and `unknown-locale` for per-locale templates.
 * Only nodes whose settings parsed have fields: the walk follows the parsed value.
 */
export function fieldsCheck(context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  for (const flow of context.flows) {
    for (const node of flow.nodes) {
      for (const field of node.fields) {
        problems.push(...fieldRules[field.widget]({ context, flow, node }, field));
      }
    }
  }
  return problems;
}
