import { defineNode } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { templatePreview } from '../shared/template-preview';
import { actionSettingsSchema } from './action.schema';

/** Writes company data over HTTP (a transfer, an address change). */
export const actionDefinition = defineNode({
  kind: 'action',
  label: { en: 'Action', zh: '执行操作' },
  description: { en: 'Change data through an API', zh: '通过接口修改数据' },
  icon: 'send',
  category: 'data',
  color: '#ea580c',
  settingsSchema: actionSettingsSchema,
  outcomes: () => ['done', 'error'],
  optionalOutcomes: () => [],
  waitsForInput: () => false,
  outcomeLabel: (outcome) => outcomeLabel(outcome),
  summary: (settings, locale) =>
    `${settings.http.method} ${templatePreview(settings.http.url, locale)}`,
  defaults: () => ({ http: { url: 'https://api.example.com/orders' } }),
});
