/**
 * The only URLs the widget ever puts into the page: links must be http or https,
 * images must also come from a host the channel allows (or the runtime itself), so
 * a bot cannot make the visitor's browser call anywhere else.
 */
export function safeLinkUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function safeImageUrl(
  raw: string,
  allowedHosts: readonly string[],
  runtimeBaseUrl: string,
): string | null {
  const href = safeLinkUrl(raw);
  if (!href) return null;
  const url = new URL(href);
  if (url.username || url.password) return null;
  const host = url.hostname.toLowerCase();
  if (allowedHosts.includes(host)) return href;
  try {
    return url.host === new URL(runtimeBaseUrl).host ? href : null;
  } catch {
    return null;
  }
}

/** A piece of message text: plain words, or a link to show as an anchor. */
export type TextPart =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// Only http(s) URLs are looked for: anything else (javascript:, data:) stays plain text.
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?)\]}'"»。，；：！？）]+$/;

/** Splits text into words and links, so the UI can render each as a text node or an anchor. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0].replace(TRAILING, '');
    const start = match.index;
    const href = raw ? safeLinkUrl(raw) : null;
    if (!href) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
