import { defineNode } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { quoted, templatePreview } from '../shared/template-preview';
import { feedbackSettingsSchema } from './feedback.schema';

/** Asks for a rating (CSAT, NPS) and an optional comment. */
export const feedbackDefinition = defineNode({
  kind: 'feedback',
  label: { en: 'Feedback', zh: '满意度评价' },
  description: { en: 'Ask for a rating and a comment', zh: '请客户评分并留言' },
  icon: 'star',
  category: 'input',
  color: '#eab308',
  settingsSchema: feedbackSettingsSchema,
  outcomes: () => ['next'],
  optionalOutcomes: () => [],
  waitsForInput: () => true,
  outcomeLabel: (outcome) => outcomeLabel(outcome),
  summary: (settings, locale) => {
    const line = `${quoted(templatePreview(settings.question, locale), locale)} (${settings.scale})`;
    return settings.variable === undefined ? line : `${line} → vars.${settings.variable}`;
  },
  defaults: (locale = 'en') => ({
    question: locale === 'zh' ? '您对本次服务满意吗？' : 'How satisfied are you with our help?',
  }),
});
