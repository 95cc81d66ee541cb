import { systemEntityNames } from '../document/nlu.schema';
import { checkExpression } from '../expressions/expression.checker';
import { checkTemplate } from '../expressions/template.checker';
import { isRecord } from '../is-record';
import { makeProblem } from '../make-problem';
import type { Problem, ProblemCode } from '../problem';
import { unknownKeys } from './checks/locales.check';
import type { FieldAt, ValidationMessages } from './messages/validation-messages';
import type { FlowInfo, NodeInfo, ValidationContext } from './validation-context';
import type { LabelledField, ReferenceWidget } from './widget-fields';

/** The field being checked and what it may refer to. */
export interface FieldScope {
  readonly context: ValidationContext;
  readonly flow: FlowInfo;
  readonly node: NodeInfo;
}

type FieldRule = (scope: FieldScope, field: LabelledField) => Problem[];

/** How each reference widget's value is checked. Keyed by widget, not by node kind. */
export const fieldRules: Readonly<Record<ReferenceWidget, FieldRule>> = {
  expression: (scope, field) =>
    typeof field.value === 'string'
      ? expressionRule(scope, fieldAt(scope, field), field.value)
      : [],
  template: templateRule,
  variable: nameRule(
    'undeclared-variable',
    ({ flow }) => flow.readableNames,
    (messages, at, name) => messages.undeclaredVariable(at, name),
  ),
  flow: nameRule(
    'unknown-flow',
    ({ context }) => context.flowIds,
    (messages, at, name) => messages.unknownFlow(at, name),
  ),
  intent: nameRule(
    'unknown-intent',
    ({ context }) => context.intentNames,
    (messages, at, name) => messages.unknownIntent(at, name),
  ),
  entity: nameRule(
    'unknown-entity',
    ({ context }) => context.entityNames,
    (messages, at, name) => messages.unknownEntity(at, name, systemEntityNames),
  ),
};

function expressionRule(scope: FieldScope, at: FieldAt, source: string): Problem[] {
  const check = checkExpression(source);
  if (!check.ok) {
    const message = scope.context.messages.expressionSyntax(at, check.message, check.position);
    return [problemAt(scope, 'expression-syntax', at, message)];
  }
  return undeclaredReads(scope, at, check.variables);
}

function templateRule(scope: FieldScope, field: LabelledField): Problem[] {
  const at = fieldAt(scope, field);
  const { value } = field;
  if (typeof value === 'string') return templateText(scope, at, value);
  if (!isRecord(value)) return [];
  const location = { flowId: scope.flow.flow.id, nodeId: scope.node.node.id };
  const problems = unknownKeys(
    scope.context,
    value,
    [...scope.node.path, 'data', ...at.path],
    { kind: 'template-field', field: at },
    location,
  );
  for (const [locale, text] of Object.entries(value)) {
    if (typeof text === 'string')
      problems.push(...templateText(scope, { ...at, path: [...at.path, locale] }, text));
  }
  return problems;
}

function templateText(scope: FieldScope, at: FieldAt, text: string): Problem[] {
  const check = checkTemplate(text);
  if (!check.ok) {
    const message = scope.context.messages.templateSyntax(at, check.message);
    return [problemAt(scope, 'template-syntax', at, message)];
  }
  return undeclaredReads(scope, at, check.variables);
}

function undeclaredReads(scope: FieldScope, at: FieldAt, names: readonly string[]): Problem[] {
  return names
    .filter((name) => !scope.flow.readableNames.has(name))
    .map((name) =>
      problemAt(scope, 'undeclared-variable', at, scope.context.messages.undeclaredRead(at, name)),
    );
}

function nameRule(
  code: ProblemCode,
  known: (scope: FieldScope) => ReadonlySet<string>,
  explain: (messages: ValidationMessages, at: FieldAt, name: string) => string,
): FieldRule {
  return (scope, field) => {
    if (typeof field.value !== 'string' || known(scope).has(field.value)) return [];
    const at = fieldAt(scope, field);
    return [problemAt(scope, code, at, explain(scope.context.messages, at, field.value))];
  };
}

function fieldAt({ flow, node }: FieldScope, field: LabelledField): FieldAt {
  return { flow, node, path: field.path, label: field.labels };
}

function problemAt(scope: FieldScope, code: ProblemCode, at: FieldAt, message: string): Problem {
  const { flow, node } = scope;
  return makeProblem(code, message, {
    flowId: flow.flow.id,
    nodeId: node.node.id,
    path: [...node.path, 'data', ...at.path],
  });
}
