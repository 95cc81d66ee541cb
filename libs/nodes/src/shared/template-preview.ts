import type { UiLocale } from '../node-definition';
import type { Template } from './template.schema';

/**
 * A short, single-line rendering of a template for canvas summaries: the variant
 * closest to the UI language (zh → `zh*`, en → `en*`, else the first one),
 * whitespace collapsed, cut at `max` characters. Placeholders stay as written.
 */
export function templatePreview(text: Template | undefined, locale: UiLocale, max = 48): string {
  if (text === undefined) return '';
  const raw = typeof text === 'string' ? text : pickVariant(text, locale);
  const line = raw.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Wraps a preview in the quotes of the UI language. */
export function quoted(preview: string, locale: UiLocale): string {
  return locale === 'zh' ? `“${preview}”` : `"${preview}"`;
}

function pickVariant(variants: Record<string, string>, locale: UiLocale): string {
  const entries = Object.entries(variants);
  const preferred = entries.find(([tag]) => tag === locale || tag.startsWith(`${locale}-`));
  return (preferred ?? entries[0])?.[1] ?? '';
}
