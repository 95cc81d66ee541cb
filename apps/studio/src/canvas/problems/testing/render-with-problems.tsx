import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import canvasEn from '../../../i18n/locales/en/canvas.json';
import problemsEn from '../../../i18n/locales/en/problems.json';

/** Renders inside Mantine (transitions off) and an English i18next with the canvas and problems strings. */
export function renderWithProblems(ui: ReactElement): RenderResult {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { canvas: canvasEn, problems: problemsEn } },
    lng: 'en',
    ns: ['canvas', 'problems'],
    defaultNS: 'canvas',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return render(
    <MantineProvider env="test">
      <I18nextProvider i18n={instance}>{ui}</I18nextProvider>
    </MantineProvider>,
  );
}
