import { defineNode } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { conditionSettingsSchema } from './condition.schema';

/** Branches on rules; the first that holds wins. */
export const conditionDefinition = defineNode({
  kind: 'condition',
  label: { en: 'Condition', zh: '条件' },
  description: {
    en: 'Branch on rules; the first that holds wins',
    zh: '按规则分支，首个成立的规则生效',
  },
  icon: 'git-branch',
  category: 'logic',
  color: '#8b5cf6',
  settingsSchema: conditionSettingsSchema,
  outcomes: (settings) => [...settings.branches.map((branch) => branch.id), 'else'],
  optionalOutcomes: () => [],
  waitsForInput: () => false,
  outcomeLabel: (outcome, settings) => {
    const branch = settings.branches.find((candidate) => candidate.id === outcome);
    return branch === undefined ? outcomeLabel(outcome) : { en: branch.label, zh: branch.label };
  },
  summary: (settings, locale) => {
    const labels = settings.branches.map((branch) => branch.label);
    return [...labels, locale === 'zh' ? '否则' : 'else'].join(' · ');
  },
  defaults: (locale = 'en') => ({
    branches: [{ id: 'branch-1', label: locale === 'zh' ? '分支 1' : 'Branch 1', when: 'true' }],
  }),
});
