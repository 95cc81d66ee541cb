import { systemEntityNames } from '../document/nlu.schema';
import { checkExpression } from '../expressions/expression.checker';
import { checkTemplate } from '../expressions/template.checker';
import { quoteShort } from '../format-path';
import { isRecord } from '../is-record';
import { makeProblem } from '../make-problem';
import type { Problem, ProblemCode } from '../problem';
import { unknownKeys } from './checks/locales.check';
import { describeField, describeFlow, describeNode } from './describe';
import type { FlowInfo, NodeInfo, Path, ValidationContext } from './validation-context';
import type { ReferenceWidget, WidgetField } from './widget-fields';

/** The field being checked and what it may refer to. */
export interface FieldScope {
  readonly context: ValidationContext;
  readonly flow: FlowInfo;
  readonly node: NodeInfo;
}

type FieldRule = (scope: FieldScope, field: WidgetField) => Problem[];

/** How each reference widget's value is checked. Keyed by widget, not by node kind. */
export const fieldRules: Readonly<Record<ReferenceWidget, FieldRule>> = {
  expression: (scope, field) =>
    typeof field.value === 'string'
      ? expressionRule(scope, field.path, field.value, field.label)
      : [],
  template: templateRule,
  variable: nameRule(
    'undeclared-variable',
    ({ flow }) => flow.readableNames,
    (name, scope) =>
      `variable ${quoteShort(name)} is not declared (nor is it a parameter or return value of ${describeFlow(scope.flow)}). ` +
      'Declare it under Variables, or pick an existing one.',
  ),
  flow: nameRule(
    'unknown-flow',
    ({ context }) => context.flowIds,
    (name) => `there is no flow with the id ${quoteShort(name)}.`,
  ),
  intent: nameRule(
    'unknown-intent',
    ({ context }) => context.intentNames,
    (name) =>
      `the intent ${quoteShort(name)} is not declared. Add it under Intents, or pick an existing one.`,
  ),
  entity: nameRule(
    'unknown-entity',
    ({ context }) => context.entityNames,
    (name) =>
      `the entity ${quoteShort(name)} is neither declared nor a system entity (${systemEntityNames.join(', ')}).`,
  ),
};

function expressionRule(
  scope: FieldScope,
  path: Path,
  source: string,
  label: string | undefined,
): Problem[] {
  const check = checkExpression(source);
  if (!check.ok) {
    const detail = `the expression does not parse: ${check.message ?? 'syntax error'} (at character ${check.position ?? 1}).`;
    return [problemAt(scope, 'expression-syntax', path, label, detail)];
  }
  return undeclaredReads(scope, path, label, check.variables);
}

function templateRule(scope: FieldScope, field: WidgetField): Problem[] {
  const { value, path, label } = field;
  if (typeof value === 'string') return templateText(scope, path, label, value);
  if (!isRecord(value)) return [];
  const location = { flowId: scope.flow.flow.id, nodeId: scope.node.node.id };
  const what = `${describeNode(scope.flow, scope.node)}, ${describeField(path, label)},`;
  const problems = unknownKeys(
    scope.context,
    value,
    [...scope.node.path, 'data', ...path],
    what,
    location,
  );
  for (const [locale, text] of Object.entries(value)) {
    if (typeof text === 'string')
      problems.push(...templateText(scope, [...path, locale], label, text));
  }
  return problems;
}

function templateText(
  scope: FieldScope,
  path: Path,
  label: string | undefined,
  text: string,
): Problem[] {
  const check = checkTemplate(text);
  if (!check.ok) {
    const detail = `the text does not read as a template. ${check.message ?? 'Syntax error.'}`;
    return [problemAt(scope, 'template-syntax', path, label, detail)];
  }
  return undeclaredReads(scope, path, label, check.variables);
}

function undeclaredReads(
  scope: FieldScope,
  path: Path,
  label: string | undefined,
  names: readonly string[],
): Problem[] {
  return names
    .filter((name) => !scope.flow.readableNames.has(name))
    .map((name) =>
      problemAt(
        scope,
        'undeclared-variable',
        path,
        label,
        `it reads vars.${name}, but no variable ${quoteShort(name)} is declared (nor is it a parameter or ` +
          `return value of ${describeFlow(scope.flow)}).`,
      ),
    );
}

function nameRule(
  code: ProblemCode,
  known: (scope: FieldScope) => ReadonlySet<string>,
  explain: (name: string, scope: FieldScope) => string,
): FieldRule {
  return (scope, field) => {
    if (typeof field.value !== 'string' || known(scope).has(field.value)) return [];
    return [problemAt(scope, code, field.path, field.label, explain(field.value, scope))];
  };
}

function problemAt(
  scope: FieldScope,
  code: ProblemCode,
  path: Path,
  label: string | undefined,
  detail: string,
): Problem {
  const { flow, node } = scope;
  const message = `${describeNode(flow, node)}, ${describeField(path, label)}: ${detail}`;
  return makeProblem(code, message, {
    flowId: flow.flow.id,
    nodeId: node.node.id,
    path: [...node.path, 'data', ...path],
  });
}
