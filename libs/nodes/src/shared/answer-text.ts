/**
 * Normalises what a customer typed before it is parsed: NFKC folds full-width
 * digits, letters and punctuation (`１２３，４` → `123,4`) so Chinese IME input parses
 * like ASCII; whitespace is collapsed and trimmed.
 */
export function normalizeAnswerText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * The key two answers are compared by: normalised, lower-cased, without trailing
 * sentence punctuation (`"Yes!"`, `"yes"` and `"ＹＥＳ。"` share a key).
 */
export function answerKey(text: string): string {
  return normalizeAnswerText(text)
    .toLocaleLowerCase('en')
    .replace(/[\s.!?。！？、,，~～]+$/u, '')
    .trim();
}

/** Picks the Chinese or the English variant of a built-in text for a conversation locale. */
export function byLanguage<T>(locale: string, variants: { en: T; zh: T }): T {
  return locale.toLowerCase().startsWith('zh') ? variants.zh : variants.en;
}
