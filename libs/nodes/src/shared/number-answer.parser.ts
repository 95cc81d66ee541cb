import { normalizeAnswerText } from './answer-text';

const plainNumber = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const groupedNumber = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** A number standing alone in a phrase: not glued to other digits, signs or separators. */
const numberToken = /(?<![\d.,+-])[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![.,]?\d)/g;

/**
 * Reads a number the way customers type it: `42`, `-3.5`, `1,234.5`, full-width
 * `１２３`, or one number inside a short phrase (`3 people`, `要3个`). Two numbers in
 * the phrase are ambiguous and give `undefined`, as does anything without digits.
 *
 * @example parseNumberAnswer('１，２３４．５') // 1234.5
 */
export function parseNumberAnswer(text: string): number | undefined {
  const compact = normalizeAnswerText(text).replace(/\s+/g, '');
  if (plainNumber.test(compact) || groupedNumber.test(compact)) return toNumber(compact);
  const tokens = normalizeAnswerText(text).match(numberToken) ?? [];
  const [only] = tokens;
  return tokens.length === 1 && only !== undefined ? toNumber(only) : undefined;
}

function toNumber(token: string): number | undefined {
  const value = Number(token.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}
