import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import i18next, { type i18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import en from '../../i18n/locales/en/canvas.json';
import zh from '../../i18n/locales/zh-CN/canvas.json';

/** An i18next of its own per test, with the canvas strings, so tests never share a language. */
export function canvasI18n(language: 'en' | 'zh-CN' = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { canvas: en }, 'zh-CN': { canvas: zh } },
    lng: language,
    fallbackLng: 'en',
    ns: ['canvas'],
    defaultNS: 'canvas',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** Renders inside Mantine (transitions off) and an i18next with the canvas strings. */
export function renderInStudio(ui: ReactElement, language: 'en' | 'zh-CN' = 'en'): RenderResult {
  const instance = canvasI18n(language);
  return render(
    <MantineProvider env="test">
      <I18nextProvider i18n={instance}>{ui}</I18nextProvider>
    </MantineProvider>,
  );
}
