import { chineseMessages } from './chinese-messages';
import { englishMessages } from './english-messages';
import type { ValidationLocale, ValidationMessages } from './validation-messages';

const catalogues: Readonly<Record<ValidationLocale, ValidationMessages>> = {
  en: englishMessages,
  'zh-CN': chineseMessages,
};

/** The message catalogue for `locale`; English for anything it does not know (a caller in plain JS). */
export function messagesForLocale(locale: ValidationLocale | undefined): ValidationMessages {
  return locale !== undefined && Object.hasOwn(catalogues, locale)
    ? catalogues[locale]
    : englishMessages;
}
