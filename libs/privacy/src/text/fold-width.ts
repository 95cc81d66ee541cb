const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
const HAS_FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
/** Distance from a full-width form (U+FF01–U+FF5E) to its ASCII counterpart. */
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Maps full-width ASCII forms (`１３８`, `＋８６`, `＠`, `ＧＢ`) and the ideographic
 * space to plain ASCII. Chinese input methods type these often, and a number typed
 * in full width is still a phone number. Every replaced character is one UTF-16
 * unit, as is its replacement, so offsets in the result are offsets in the input.
 */
export function foldWidth(text: string): string {
  if (!HAS_FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET),
  );
}
