import type { MessageButton } from '@parley/engine';
import { answerKey, byLanguage } from './answer-text';
import { parseNumberAnswer } from './number-answer.parser';

/** The feedback node's scales: stars 1–5, thumbs up/down, NPS 0–10. */
export type RatingScale = 'stars' | 'thumbs' | 'nps';

/** A rating as stored: a number for stars and NPS, `'up'`/`'down'` for thumbs. */
export type Rating = number | 'up' | 'down';

const thumbsUp = ['up', 'yes', 'y', 'good', 'great', '👍', '好', '满意', '是', '赞', '好评'];
const thumbsDown = ['down', 'no', 'n', 'bad', 'poor', '👎', '不好', '不满意', '否', '差', '差评'];
const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The buttons offered for a scale; each payload is what `parseRating` reads back. */
export function ratingButtons(scale: RatingScale, locale: string): MessageButton[] {
  switch (scale) {
    case 'stars':
      return [1, 2, 3, 4, 5].map((n) => ({ label: `${n} ★`, payload: String(n) }));
    case 'nps':
      return Array.from({ length: 11 }, (_, n) => ({ label: String(n), payload: String(n) }));
    case 'thumbs':
      return [
        { label: byLanguage(locale, { en: '👍 Good', zh: '👍 满意' }), payload: 'up' },
        { label: byLanguage(locale, { en: '👎 Bad', zh: '👎 不满意' }), payload: 'down' },
      ];
  }
}

/**
 * Reads a rating from a pressed button or typed text: `4`, `４`, `4 stars`, `★★★★`,
 * `四星` for stars; `0`–`10` for NPS; `👍`, `yes`, `满意` / `👎`, `no`, `不满意` for
 * thumbs. Anything else, or a number off the scale, gives `undefined`.
 */
export function parseRating(
  scale: RatingScale,
  input: { text?: string; payload?: string },
): Rating | undefined {
  const raw = input.payload ?? input.text;
  if (raw === undefined) return undefined;
  const key = answerKey(raw);
  if (scale === 'thumbs') {
    if (thumbsUp.includes(key) || key.startsWith('👍')) return 'up';
    if (thumbsDown.includes(key) || key.startsWith('👎')) return 'down';
    return undefined;
  }
  const stars = /^[★⭐*]+$/u.test(key) ? [...key].length : undefined;
  const value = stars ?? parseNumberAnswer(withArabicDigits(key));
  const [min, max] = scale === 'stars' ? [1, 5] : [0, 10];
  return value !== undefined && Number.isInteger(value) && value >= min && value <= max
    ? value
    : undefined;
}

/** `四星` → `4星`, `十` → `10`: single Chinese numerals are how people type small ratings. */
function withArabicDigits(text: string): string {
  return [...text]
    .map((char) => {
      const digit = chineseDigits.indexOf(char);
      return digit < 0 ? char : String(digit);
    })
    .join('');
}
