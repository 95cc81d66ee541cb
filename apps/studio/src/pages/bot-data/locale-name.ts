import { useTranslation } from 'react-i18next';

/** A bot locale named in the UI language: `zh-CN` → "Chinese (China)" or "中文（中国）". */
export function localeName(tag: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** `localeName` in the current UI language; follows language switches. */
export function useLocaleName(): (tag: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (tag) => localeName(tag, language);
}
