import type { Flow, NodeCheckContext, NodeCheckIssue } from '@parley/flow';
import { defineNode } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { checkFlowRef } from '../shared/reference.checks';
import { subflowSettingsSchema, type SubflowSettings } from './subflow.schema';

/** Calls another flow with parameters and comes back with its results. */
export const subflowDefinition = defineNode({
  kind: 'subflow',
  label: { en: 'Call flow', zh: '调用子流程' },
  description: {
    en: 'Run another flow and come back with its results',
    zh: '运行另一个流程并带回结果',
  },
  icon: 'workflow',
  category: 'flow',
  color: '#475569',
  settingsSchema: subflowSettingsSchema,
  outcomes: () => ['next', 'error'],
  optionalOutcomes: () => ['error'],
  waitsForInput: () => false,
  outcomeLabel: (outcome) => outcomeLabel(outcome),
  summary: (settings, locale) => {
    const count = Object.keys(settings.parameters).length;
    if (locale === 'zh') return `调用 ${settings.flowId}${count > 0 ? `（${count} 个参数）` : ''}`;
    return `Call ${settings.flowId}${count > 0 ? ` (${count} parameter${count === 1 ? '' : 's'})` : ''}`;
  },
  defaults: () => ({ flowId: 'main' }),
  check: (settings, context) => checkSubflow(settings, context),
});

function checkSubflow(settings: SubflowSettings, context: NodeCheckContext): NodeCheckIssue[] {
  const callee = context.doc.flows.find((flow) => flow.id === settings.flowId);
  if (callee === undefined) return checkFlowRef(settings.flowId, context, ['flowId']);
  return [...checkParameters(settings, callee), ...checkResults(settings, callee)];
}

/** Every required parameter of the callee is given, and nothing it does not take. */
function checkParameters(settings: SubflowSettings, callee: Flow): NodeCheckIssue[] {
  const given = Object.keys(settings.parameters);
  const missing = callee.parameters
    .filter((parameter) => parameter.required && !given.includes(parameter.name))
    .map((parameter): NodeCheckIssue => ({
      code: 'subflow-parameters',
      path: ['parameters'],
      message: `Flow "${callee.name}" needs the parameter "${parameter.name}"`,
    }));
  const unknown = given
    .filter((name) => !callee.parameters.some((parameter) => parameter.name === name))
    .map((name): NodeCheckIssue => ({
      code: 'subflow-parameters',
      path: ['parameters', name],
      message: `Flow "${callee.name}" has no parameter "${name}"`,
    }));
  return [...missing, ...unknown];
}

/** Each result reads a value the callee declares it returns. */
function checkResults(settings: SubflowSettings, callee: Flow): NodeCheckIssue[] {
  return settings.results.flatMap((result, index): NodeCheckIssue[] =>
    callee.returns.some((returned) => returned.name === result.from)
      ? []
      : [
          {
            code: 'subflow-parameters',
            path: ['results', index, 'from'],
            message: `Flow "${callee.name}" returns no value "${result.from}"`,
          },
        ],
  );
}
