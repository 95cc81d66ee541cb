import { defineNode } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { handoffSettingsSchema } from './handoff.schema';

/** Hands the conversation to a human agent until they hand it back. */
export const handoffDefinition = defineNode({
  kind: 'handoff',
  label: { en: 'Hand off to agent', zh: '转人工' },
  description: { en: 'Queue the conversation for a human agent', zh: '将对话转给人工客服' },
  icon: 'headset',
  category: 'people',
  color: '#ef4444',
  settingsSchema: handoffSettingsSchema,
  outcomes: () => ['resumed', 'no_agent'],
  optionalOutcomes: () => [],
  waitsForInput: () => true,
  outcomeLabel: (outcome) => outcomeLabel(outcome),
  summary: (settings, locale) => {
    const high = settings.priority === 'high';
    return locale === 'zh'
      ? `转入队列 ${settings.queue}${high ? '（高优先级）' : ''}`
      : `Queue ${settings.queue}${high ? ' (high priority)' : ''}`;
  },
  defaults: () => ({}),
});
