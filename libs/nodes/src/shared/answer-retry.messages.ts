import type { AnswerProblem, AnswerRules } from './answer.parser';
import { byLanguage } from './answer-text';

/**
 * The built-in message sent after an invalid answer when the node has no
 * `retryMessage` of its own, in Chinese for `zh*` conversations, else in English.
 * Says what was wrong, so the customer can fix it.
 */
export function defaultRetryMessage(
  problem: AnswerProblem,
  rules: AnswerRules,
  locale: string,
): string {
  const texts = retryTexts(rules);
  return byLanguage(locale, texts[problem]);
}

function retryTexts(rules: AnswerRules): Record<AnswerProblem, { en: string; zh: string }> {
  const min = String(rules.min ?? '');
  const max = String(rules.max ?? '');
  return {
    empty: { en: 'Please type an answer.', zh: '请输入您的回答。' },
    'not-a-number': { en: 'Please answer with a number.', zh: '请输入一个数字。' },
    'too-small': {
      en: `Please enter a number of at least ${min}.`,
      zh: `请输入不小于 ${min} 的数字。`,
    },
    'too-large': {
      en: `Please enter a number of at most ${max}.`,
      zh: `请输入不大于 ${max} 的数字。`,
    },
    'not-an-email': {
      en: "That doesn't look like an e-mail address. Please try again (e.g. name@example.com).",
      zh: '邮箱格式不正确，请重新输入（例如 name@example.com）。',
    },
    'not-a-phone': {
      en: "That doesn't look like a phone number. Please include the country code (e.g. +44 20 7946 0958).",
      zh: '手机号码格式不正确，请重新输入（例如 138 0013 8000）。',
    },
    'not-a-date': {
      en: "I couldn't read that date. Please write it like 2026-11-24.",
      zh: '无法识别该日期，请按 2026-11-24 或 2026年11月24日 的格式输入。',
    },
    'no-choice': { en: 'Please pick one of the options.', zh: '请从选项中选择一个。' },
    'no-match': {
      en: "That answer isn't in the expected format. Please try again.",
      zh: '回答格式不正确，请重新输入。',
    },
  };
}
