import { defineNode } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { startSettingsSchema } from './start.schema';

/** Entry point of a flow: conversations (and subflow calls) begin here. */
export const startDefinition = defineNode({
  kind: 'start',
  label: { en: 'Start', zh: '开始' },
  description: { en: 'Where this flow begins', zh: '流程的起点' },
  icon: 'play',
  category: 'flow',
  color: '#22c55e',
  settingsSchema: startSettingsSchema,
  outcomes: () => ['next'],
  optionalOutcomes: () => [],
  waitsForInput: () => false,
  outcomeLabel: (outcome) => outcomeLabel(outcome),
  summary: (_settings, locale) => (locale === 'zh' ? '流程从这里开始' : 'The flow starts here'),
  defaults: () => ({}),
});
