import { defineNode } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { endSettingsSchema } from './end.schema';

/** Ends the conversation (or returns from a called flow). */
export const endDefinition = defineNode({
  kind: 'end',
  label: { en: 'End', zh: '结束' },
  description: {
    en: 'End the conversation or return from this flow',
    zh: '结束对话或从本流程返回',
  },
  icon: 'circle-stop',
  category: 'flow',
  color: '#334155',
  settingsSchema: endSettingsSchema,
  outcomes: () => [],
  optionalOutcomes: () => [],
  waitsForInput: () => false,
  outcomeLabel: (outcome) => outcomeLabel(outcome),
  summary: (settings, locale) => {
    const resolved = settings.status === 'resolved';
    if (locale === 'zh') {
      return `${settings.ends === 'flow' ? '结束流程' : '结束对话'} · ${resolved ? '已解决' : '未解决'}`;
    }
    return `End ${settings.ends} · ${resolved ? 'resolved' : 'unresolved'}`;
  },
  defaults: () => ({}),
});
