import type { LocalizedLabel } from '@parley/flow';
import type { UiLocale } from '@parley/nodes';
import { useTranslation } from 'react-i18next';

/** The catalog's label language for an i18next language: `zh-CN` → `zh`, anything else → `en`. */
export function uiLocaleOf(language: string | undefined): UiLocale {
  return language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The UI language as the node catalog's labels name it; follows language switches. */
export function useUiLocale(): UiLocale {
  const { i18n } = useTranslation();
  return uiLocaleOf(i18n.resolvedLanguage ?? i18n.language);
}

/** A catalog label in the UI language. */
export function localize(label: LocalizedLabel, locale: UiLocale): string {
  return label[locale] || label.en;
}
