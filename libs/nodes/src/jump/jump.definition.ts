import { defineNode } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { checkFlowRef } from '../shared/reference.checks';
import { jumpSettingsSchema } from './jump.schema';

/** Continues in another flow, without coming back. */
export const jumpDefinition = defineNode({
  kind: 'jump',
  label: { en: 'Go to flow', zh: '跳转流程' },
  description: { en: 'Continue in another flow', zh: '转到另一个流程继续' },
  icon: 'corner-up-right',
  category: 'flow',
  color: '#64748b',
  settingsSchema: jumpSettingsSchema,
  outcomes: () => [],
  optionalOutcomes: () => [],
  waitsForInput: () => false,
  outcomeLabel: (outcome) => outcomeLabel(outcome),
  summary: (settings, locale) => `${locale === 'zh' ? '跳转到' : 'Go to'} ${settings.flowId}`,
  defaults: () => ({ flowId: 'main' }),
  check: (settings, context) => checkFlowRef(settings.flowId, context, ['flowId']),
});
