import { defineNode } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { sentimentSettingsSchema } from './sentiment.schema';

/** Scores how the customer feels and branches on it. */
export const sentimentDefinition = defineNode({
  kind: 'sentiment',
  label: { en: 'Sentiment', zh: '情绪分析' },
  description: { en: 'Branch on how the customer feels', zh: '根据客户情绪分流' },
  icon: 'smile',
  category: 'ai',
  color: '#f97316',
  settingsSchema: sentimentSettingsSchema,
  outcomes: () => ['positive', 'neutral', 'negative'],
  optionalOutcomes: () => [],
  waitsForInput: () => false,
  outcomeLabel: (outcome) => outcomeLabel(outcome),
  summary: (settings, locale) => {
    const zh = locale === 'zh';
    const what =
      settings.target === 'conversation'
        ? zh
          ? '分析整段对话'
          : 'Score the conversation'
        : zh
          ? '分析最后一条消息'
          : 'Score the last message';
    return settings.variable === undefined ? what : `${what} → vars.${settings.variable}`;
  },
  defaults: () => ({}),
});
