import { defineNode, type UiLocale } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { templatePreview } from '../shared/template-preview';
import { lookupSettingsSchema, type LookupSettings } from './lookup.schema';

/** Reads company data: an HTTP request or rows of a data table. */
export const lookupDefinition = defineNode({
  kind: 'lookup',
  label: { en: 'Look up data', zh: '查询数据' },
  description: { en: 'Read data from an API or a data table', zh: '从接口或数据表读取数据' },
  icon: 'database',
  category: 'data',
  color: '#f59e0b',
  settingsSchema: lookupSettingsSchema,
  outcomes: () => ['found', 'not_found', 'error'],
  optionalOutcomes: () => ['error'],
  waitsForInput: () => false,
  outcomeLabel: (outcome) => outcomeLabel(outcome),
  summary: (settings, locale) => lookupSummary(settings, locale),
  defaults: () => ({ http: { url: 'https://api.example.com/orders' } }),
});

function lookupSummary(settings: LookupSettings, locale: UiLocale): string {
  if (settings.source === 'table') {
    const table = settings.table?.table ?? '?';
    return locale === 'zh' ? `数据表 ${table}` : `Table ${table}`;
  }
  const http = settings.http;
  return http === undefined ? 'HTTP' : `${http.method} ${templatePreview(http.url, locale)}`;
}
