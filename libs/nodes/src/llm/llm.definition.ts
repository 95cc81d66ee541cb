import type { LocalizedLabel, NodeCheckIssue } from '@parley/flow';
import { defineNode, type UiLocale } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { quoted, templatePreview } from '../shared/template-preview';
import { llmSettingsSchema, type LlmMode, type LlmSettings } from './llm.schema';

/** Outcome names a classify label may not take. */
const reservedLabelNames: readonly string[] = ['fallback', 'error'];

const modeLabels: Readonly<Record<LlmMode, LocalizedLabel>> = {
  reply: { en: 'Reply', zh: '回复' },
  extract: { en: 'Extract', zh: '提取' },
  classify: { en: 'Classify', zh: '分类' },
  summarise: { en: 'Summarise', zh: '摘要' },
};

/** Prompts an OpenAI-compatible model to reply, extract, classify or summarise. */
export const llmDefinition = defineNode({
  kind: 'llm',
  label: { en: 'AI model', zh: '大模型' },
  description: {
    en: 'Reply, extract, classify or summarise with an LLM',
    zh: '用大模型回复、提取、分类或摘要',
  },
  icon: 'sparkles',
  category: 'ai',
  color: '#d946ef',
  settingsSchema: llmSettingsSchema,
  outcomes: (settings) =>
    settings.mode === 'classify'
      ? [...settings.labels.map((label) => label.name), 'fallback', 'error']
      : ['next', 'error'],
  optionalOutcomes: () => ['error'],
  waitsForInput: () => false,
  outcomeLabel: (outcome, settings) =>
    settings.mode === 'classify' && settings.labels.some((label) => label.name === outcome)
      ? { en: outcome, zh: outcome }
      : outcomeLabel(outcome),
  summary: (settings, locale) =>
    `${modeLabels[settings.mode][locale]}${locale === 'zh' ? '：' : ': '}${detail(settings, locale)}`,
  defaults: (locale = 'en') => ({
    prompt:
      locale === 'zh'
        ? '请礼貌、简洁地回答客户的问题：{{ input.text }}'
        : "Answer the customer's question politely and briefly: {{ input.text }}",
  }),
  check: (settings) => [...checkModeNeeds(settings), ...checkLabelNames(settings)],
});

function detail(settings: LlmSettings, locale: UiLocale): string {
  switch (settings.mode) {
    case 'extract':
      return settings.fields.map((field) => field.name).join(', ');
    case 'classify':
      return settings.labels.map((label) => label.name).join(', ');
    case 'reply':
    case 'summarise': {
      const prompt = quoted(templatePreview(settings.prompt, locale, 40), locale);
      return settings.outputVariable === undefined
        ? prompt
        : `${prompt} → vars.${settings.outputVariable}`;
    }
  }
}

/** Classify needs labels to route on; extract needs fields to fill. */
function checkModeNeeds(settings: LlmSettings): NodeCheckIssue[] {
  if (settings.mode === 'classify' && settings.labels.length === 0) {
    return [{ code: 'kind-rule', path: ['labels'], message: 'Classify needs at least one label' }];
  }
  if (settings.mode === 'extract' && settings.fields.length === 0) {
    return [{ code: 'kind-rule', path: ['fields'], message: 'Extract needs at least one field' }];
  }
  return [];
}

/** Label names become outcome names, so they must be unique and not reserved. */
function checkLabelNames(settings: LlmSettings): NodeCheckIssue[] {
  if (settings.mode !== 'classify') return [];
  const seen = new Set<string>();
  return settings.labels.flatMap((label, index): NodeCheckIssue[] => {
    const path = ['labels', index, 'name'];
    const repeated = seen.has(label.name);
    seen.add(label.name);
    if (repeated)
      return [{ code: 'kind-rule', path, message: `The label "${label.name}" is listed twice` }];
    if (reservedLabelNames.includes(label.name)) {
      return [
        {
          code: 'kind-rule',
          path,
          message: `"${label.name}" is an outcome of its own; rename the label`,
        },
      ];
    }
    return [];
  });
}
