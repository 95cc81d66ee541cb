import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, isLanguage, type Language, rememberLanguage } from './languages';
import { localeNamespaces, localeResources } from './locale-resources';

/**
 * Starts i18next with every bundled string (no loading step: the resources are
 * small and a flash of keys would look broken). Safe to call more than once.
 */
export function initI18n(language: Language = initialLanguage()): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: localeResources(),
      ns: localeNamespaces(),
      defaultNS: 'common',
      lng: language,
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    i18next.on('languageChanged', (next) => {
      document.documentElement.lang = next;
      if (isLanguage(next)) rememberLanguage(next);
    });
    document.documentElement.lang = language;
  }
  return i18next;
}
