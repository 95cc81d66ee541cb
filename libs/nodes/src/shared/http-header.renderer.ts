import { placeholderText, type HttpRendered, type PlaceholderPart } from './http-placeholders';

/**
 * A request header's value: text and values inserted as they are, but refused when
 * it contains a line break or another control character — a value with CR/LF
 * could end the header and forge others (`x\r\nX-Admin: 1`). Refusing beats
 * stripping: a silently changed credential or id is worse than a clear error.
 */
export function renderHttpHeader(name: string, parts: readonly PlaceholderPart[]): HttpRendered {
  let text = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      text += part.text;
      continue;
    }
    const value = placeholderText(part.value);
    if (hasControlCharacter(value)) {
      return refuse(name, `the value of {{ ${part.source} }} contains`);
    }
    text += value;
  }
  if (hasControlCharacter(text)) return refuse(name, 'the value contains');
  return { ok: true, text };
}

function refuse(name: string, what: string): HttpRendered {
  return {
    ok: false,
    reason: `request header "${name}": ${what} a line break or another control character, which could forge headers`,
  };
}

/** CR, LF or another C0 control character (tab included), or DEL. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
