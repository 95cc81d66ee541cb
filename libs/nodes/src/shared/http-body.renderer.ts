import { renderJsonBody } from './http-json-body.renderer';
import { placeholderText, type HttpRendered, type PlaceholderPart } from './http-placeholders';

/** How a body template is filled. */
export type HttpBodyFormat = 'json' | 'form' | 'text';

/**
 * JSON when the `Content-Type` says so (`application/json`, `…+json`) or the
 * analyst's text starts with `{` or `[` (a placeholder at the start does not count);
 * else form-encoded for `application/x-www-form-urlencoded`; else plain text.
 */
export function httpBodyFormat(
  parts: readonly PlaceholderPart[],
  contentType: string | undefined,
): HttpBodyFormat {
  if (contentType !== undefined && /[/+]json\b/i.test(contentType)) return 'json';
  const first = parts[0];
  if (first?.kind === 'text' && /^\s*[[{]/.test(first.text)) return 'json';
  if (contentType !== undefined && /^\s*application\/x-www-form-urlencoded\b/i.test(contentType)) {
    return 'form';
  }
  return 'text';
}

/**
 * The request body, each value encoded for the body's format: JSON-aware filling
 * (see `renderJsonBody`), percent-encoding for a form (`a={{ x }}&b=1`: a value's
 * `&` or `=` cannot add fields), or the values as they are for plain text.
 */
export function renderHttpBody(
  parts: readonly PlaceholderPart[],
  contentType: string | undefined,
): HttpRendered {
  const format = httpBodyFormat(parts, contentType);
  if (format === 'json') return renderJsonBody(parts);
  let text = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      text += part.text;
      continue;
    }
    const value = placeholderText(part.value);
    if (format === 'text') {
      text += value;
      continue;
    }
    try {
      text += encodeURIComponent(value);
    } catch {
      return {
        ok: false,
        reason: `request body: the value of {{ ${part.source} }} is not well-formed Unicode text`,
      };
    }
  }
  return { ok: true, text };
}
