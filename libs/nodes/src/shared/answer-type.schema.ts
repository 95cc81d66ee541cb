import type { LocalizedLabel } from '@parley/flow';
import { z } from 'zod';

/**
 * How an answer is validated and stored; shared by the ask node and form fields.
 * `choice` matches a choice's label, value or synonyms; `regex` matches `pattern`.
 */
export const answerTypeSchema = z
  .enum(['text', 'number', 'email', 'phone', 'date', 'choice', 'regex'])
  .meta({ widget: 'select' });
export type AnswerType = z.infer<typeof answerTypeSchema>;

/** Names of the answer types for select options and summaries. */
export const answerTypeLabels: Readonly<Record<AnswerType, LocalizedLabel>> = {
  text: { en: 'Text', zh: '文本' },
  number: { en: 'Number', zh: '数字' },
  email: { en: 'E-mail', zh: '邮箱' },
  phone: { en: 'Phone', zh: '电话' },
  date: { en: 'Date', zh: '日期' },
  choice: { en: 'Choice', zh: '选项' },
  regex: { en: 'Pattern', zh: '正则' },
};
