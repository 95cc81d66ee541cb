import { defineNode } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { setSettingsSchema } from './set.schema';

/** Assigns variables from expressions. */
export const setDefinition = defineNode({
  kind: 'set',
  label: { en: 'Set variables', zh: '设置变量' },
  description: { en: 'Assign variables from expressions', zh: '用表达式为变量赋值' },
  icon: 'variable',
  category: 'logic',
  color: '#a855f7',
  settingsSchema: setSettingsSchema,
  outcomes: () => ['next'],
  optionalOutcomes: () => [],
  waitsForInput: () => false,
  outcomeLabel: (outcome) => outcomeLabel(outcome),
  summary: (settings) => {
    const [first, ...rest] = settings.assignments;
    if (first === undefined) return '';
    const head = `vars.${first.variable} = ${first.value}`;
    const line = head.length > 48 ? `${head.slice(0, 47)}…` : head;
    return rest.length === 0 ? line : `${line} (+${rest.length})`;
  },
  defaults: () => ({ assignments: [{ variable: 'result', value: '""' }] }),
});
