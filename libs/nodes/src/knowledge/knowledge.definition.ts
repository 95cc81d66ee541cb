import { defineNode } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { knowledgeSettingsSchema } from './knowledge.schema';

/** Answers from the bot's knowledge base. */
export const knowledgeDefinition = defineNode({
  kind: 'knowledge',
  label: { en: 'Knowledge answer', zh: '知识库问答' },
  description: { en: 'Answer from the knowledge base', zh: '从知识库中查找答案' },
  icon: 'book-open',
  category: 'ai',
  color: '#14b8a6',
  settingsSchema: knowledgeSettingsSchema,
  outcomes: () => ['answered', 'not_found', 'error'],
  optionalOutcomes: () => ['error'],
  waitsForInput: () => false,
  outcomeLabel: (outcome) => outcomeLabel(outcome),
  summary: (settings, locale) => {
    const zh = locale === 'zh';
    const how =
      settings.answerMode === 'llm'
        ? zh
          ? '大模型作答'
          : 'LLM answer'
        : zh
          ? '直接回答'
          : 'direct answer';
    const target =
      settings.outputVariable === undefined ? '' : ` → vars.${settings.outputVariable}`;
    return `${zh ? '知识库' : 'Knowledge base'} (${how})${target}`;
  },
  defaults: () => ({}),
});
