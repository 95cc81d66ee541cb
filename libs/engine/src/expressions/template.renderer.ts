import { parseTemplate, type LocalizedText } from '@parley/flow';
import type { Json } from '../json';
import { ExpressionError } from './expression-limits';
import { toText } from './jsonata-semantics';

type Segments = Extract<ReturnType<typeof parseTemplate>, { ok: true }>['segments'];

/** Parsed templates, least recently used dropped first. */
const parsed = new Map<string, Segments | ExpressionError>();
const parsedLimit = 2_000;

/**
 * Pick the text for `locale` (then its language, then `defaultLocale`) and replace each
 * `{{ expression }}` with its value. Values are inserted as data: a value that itself
 * contains `{{ … }}` is never rendered again.
 */
export async function renderTemplate(
  template: LocalizedText,
  locales: { locale: string; defaultLocale: string },
  evaluate: (source: string) => Json | Promise<Json>,
): Promise<string> {
  const text = pickLocale(template, locales.locale, locales.defaultLocale);
  const segments = parse(text);
  let out = '';
  for (const segment of segments) {
    if (segment.kind === 'text') {
      out += segment.text;
      continue;
    }
    const value = evaluate(segment.source);
    // Awaited only when the expression really is asynchronous (not on the fast path).
    out += valueText(value instanceof Promise ? await value : value);
  }
  return out;
}

/** The variant for the locale, its language (`zh` for `zh-CN`), the default, or the first. */
export function pickLocale(template: LocalizedText, locale: string, defaultLocale: string): string {
  if (typeof template === 'string') {
    return template;
  }
  const language = locale.split('-')[0] ?? locale;
  const languageMatch = Object.keys(template).find((key) => key.split('-')[0] === language);
  return (
    template[locale] ??
    (languageMatch === undefined ? undefined : template[languageMatch]) ??
    template[defaultLocale] ??
    Object.values(template)[0] ??
    ''
  );
}

function parse(text: string): Segments {
  let entry = parsed.get(text);
  if (entry === undefined) {
    const result = parseTemplate(text);
    entry = result.ok
      ? result.segments
      : new ExpressionError(`template: ${result.message}`, 'P0014', text);
    if (parsed.size >= parsedLimit) {
      parsed.clear();
    }
    parsed.set(text, entry);
  }
  if (entry instanceof ExpressionError) {
    throw entry;
  }
  return entry;
}

function valueText(value: Json): string {
  if (value === null) {
    return '';
  }
  if (typeof value === 'object') {
    return JSON.stringify(value);
  }
  const text = toText(value);
  return typeof text === 'string' ? text : '';
}
