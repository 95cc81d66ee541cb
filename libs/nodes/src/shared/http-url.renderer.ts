import { placeholderText, type HttpRendered, type PlaceholderPart } from './http-placeholders';

const where = 'request URL';

/**
 * The request URL: the analyst's text as written, each placeholder's value
 * percent-encoded with `encodeURIComponent`, so a value such as `../admin?x=1` or
 * `a/b#c` stays inside its path segment or query parameter. In the path, a value
 * that is `.` or `..` on its own is refused: URL parsers resolve such a segment
 * (encoded or not) and it would climb out of the path. The result must be an
 * absolute http(s) URL — a placeholder cannot supply the scheme or host, since
 * its `:` and `/` are encoded.
 *
 * @example
 * renderHttpUrl(parts of 'https://api.example.com/orders/{{ vars.id }}', id = '../admin?x=1')
 * // { ok: true, text: 'https://api.example.com/orders/..%2Fadmin%3Fx%3D1' }
 */
export function renderHttpUrl(parts: readonly PlaceholderPart[]): HttpRendered {
  let text = '';
  let inPath = true;
  for (const part of parts) {
    if (part.kind === 'text') {
      text += part.text;
      if (/[?#]/.test(part.text)) inPath = false;
      continue;
    }
    const value = placeholderText(part.value);
    if (inPath && (value === '.' || value === '..')) {
      return refuse(
        `the value of {{ ${part.source} }} is "${value}", which would move up the URL path`,
      );
    }
    const encoded = encode(value);
    if (encoded === undefined) {
      return refuse(`the value of {{ ${part.source} }} is not well-formed Unicode text`);
    }
    text += encoded;
  }
  const url = text.trim();
  if (!isAbsoluteHttpUrl(url)) {
    return refuse(
      'it is not an absolute http(s) URL after filling placeholders. Write the scheme and ' +
        'host out (https://…): placeholder values are percent-encoded, so they cannot supply them',
    );
  }
  return { ok: true, text: url };
}

function refuse(detail: string): HttpRendered {
  return { ok: false, reason: `${where}: ${detail}` };
}

/** `encodeURIComponent`, or `undefined` for text with a lone surrogate (it throws). */
function encode(value: string): string | undefined {
  try {
    return encodeURIComponent(value);
  } catch {
    return undefined;
  }
}

function isAbsoluteHttpUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const { protocol, hostname } = new URL(text);
  return (protocol === 'https:' || protocol === 'http:') && hostname.length > 0;
}
