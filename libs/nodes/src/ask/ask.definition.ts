import type { NodeCheckIssue } from '@parley/flow';
import { defineNode } from '../node-definition';
import { checkAnswerRules } from '../shared/answer.checks';
import { outcomeLabel } from '../shared/outcome-labels';
import { quoted, templatePreview } from '../shared/template-preview';
import { askSettingsSchema, type AskSettings } from './ask.schema';

/** Asks a question and waits for a valid answer. */
export const askDefinition = defineNode({
  kind: 'ask',
  label: { en: 'Ask', zh: '提问' },
  description: { en: 'Ask a question and save the checked answer', zh: '提问并保存经过校验的回答' },
  icon: 'message-circle-question',
  category: 'input',
  color: '#0ea5e9',
  settingsSchema: askSettingsSchema,
  outcomes: (settings) => ['next', ...askOptionalOutcomes(settings)],
  optionalOutcomes: (settings) => askOptionalOutcomes(settings),
  waitsForInput: () => true,
  outcomeLabel: (outcome) => outcomeLabel(outcome),
  summary: (settings, locale) =>
    `${locale === 'zh' ? '询问' : 'Ask '}${quoted(templatePreview(settings.question, locale), locale)} → vars.${settings.variable}`,
  defaults: (locale = 'en') => ({
    question: locale === 'zh' ? '请问您怎么称呼？' : 'What is your name?',
    variable: 'answer',
  }),
  check: (settings) => [...checkAnswerRules(settings, []), ...checkRange(settings)],
});

function askOptionalOutcomes(settings: AskSettings): string[] {
  return settings.timeoutSeconds === undefined ? ['invalid'] : ['invalid', 'timeout'];
}

function checkRange(settings: AskSettings): NodeCheckIssue[] {
  if (settings.min === undefined || settings.max === undefined || settings.min <= settings.max)
    return [];
  return [{ code: 'kind-rule', path: ['max'], message: 'The maximum is below the minimum' }];
}
