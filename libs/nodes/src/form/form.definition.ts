import { defineNode } from '../node-definition';
import { checkAnswerRules } from '../shared/answer.checks';
import { outcomeLabel } from '../shared/outcome-labels';
import { formSettingsSchema } from './form.schema';

/** Collects several answers in any order, then confirms them. */
export const formDefinition = defineNode({
  kind: 'form',
  label: { en: 'Form', zh: '表单' },
  description: { en: 'Collect several answers in any order', zh: '按任意顺序收集多项信息' },
  icon: 'clipboard-list',
  category: 'input',
  color: '#0891b2',
  settingsSchema: formSettingsSchema,
  outcomes: () => ['done', 'cancelled'],
  optionalOutcomes: () => [],
  waitsForInput: () => true,
  outcomeLabel: (outcome) => outcomeLabel(outcome),
  summary: (settings, locale) => {
    const names = settings.fields.map((field) => field.name);
    return locale === 'zh' ? `收集 ${names.join('、')}` : `Collect ${names.join(', ')}`;
  },
  defaults: (locale = 'en') => ({
    fields: [
      {
        name: 'name',
        variable: 'name',
        prompt: locale === 'zh' ? '请问您怎么称呼？' : 'What is your name?',
      },
    ],
  }),
  check: (settings) =>
    settings.fields.flatMap((field, index) => checkAnswerRules(field, ['fields', index])),
});
