/** True for the code unit of `0`–`9`. */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True for the code unit of an ASCII letter or digit. */
export function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * True when `text[index]` does not continue a token: it is outside the text or not
 * an ASCII letter or digit. Chinese characters and punctuation are boundaries, so
 * `手机号13812345678` is found, while `AB13812345678` (an order number) is not.
 */
export function isTokenBoundary(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  return !isAsciiAlphanumeric(text.charCodeAt(index));
}
