import { isPlainObject } from './value-path';

/** Where a template's languages come from: the bot's locales and its default. */
export interface TemplateLocales {
  locales: readonly string[];
  defaultLocale: string;
}

/**
 * The text shown in one language's tab. A plain string is the text of every
 * language; it shows in the default language's tab and as the hint of the others.
 */
export function variantOf(value: unknown, locale: string, bot: TemplateLocales): string {
  if (typeof value === 'string') return isSharedTab(locale, bot) ? value : '';
  if (!isPlainObject(value)) return '';
  const variant = value[locale];
  return typeof variant === 'string' ? variant : '';
}

/**
 * The template after typing `text` in `locale`'s tab. A plain string stays plain
 * while only the shared tab is edited; writing another language turns it into
 * per-language variants. Emptied variants are dropped (a blank one would send an
 * empty bubble); `undefined` when nothing is left.
 */
export function withVariant(
  value: unknown,
  locale: string,
  text: string,
  bot: TemplateLocales,
): unknown {
  if ((typeof value === 'string' || value === undefined) && isSharedTab(locale, bot)) {
    return text === '' ? undefined : text;
  }
  const variants: Record<string, unknown> = isPlainObject(value)
    ? { ...value }
    : typeof value === 'string' && value !== ''
      ? { [bot.defaultLocale]: value }
      : {};
  if (text === '') delete variants[locale];
  else variants[locale] = text;
  return Object.keys(variants).length === 0 ? undefined : variants;
}

function isSharedTab(locale: string, bot: TemplateLocales): boolean {
  return locale === bot.defaultLocale || bot.locales.length <= 1;
}
