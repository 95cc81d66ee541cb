import type { LocalizedLabel } from '@parley/flow';

/** Palette sections, in the order the studio shows them. */
export const nodeCategories = [
  'messages',
  'input',
  'logic',
  'ai',
  'data',
  'people',
  'flow',
] as const;

/** Which palette section a node kind belongs to. */
export type NodeCategory = (typeof nodeCategories)[number];

/** Section headings of the palette in both UI languages. */
export const nodeCategoryLabels: Readonly<Record<NodeCategory, LocalizedLabel>> = {
  messages: { en: 'Messages', zh: '消息' },
  input: { en: 'Collect input', zh: '收集信息' },
  logic: { en: 'Logic', zh: '逻辑' },
  ai: { en: 'AI', zh: '智能' },
  data: { en: 'Data', zh: '数据' },
  people: { en: 'People', zh: '人工' },
  flow: { en: 'Flow', zh: '流程' },
};
