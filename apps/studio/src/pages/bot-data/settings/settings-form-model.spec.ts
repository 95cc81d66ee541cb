import { describe, expect, it } from 'vitest';
import { shopDocument } from '../testing-document';
import { applySettings, settingsErrors, toSettingsValues } from './settings-form-model';

describe('settings form', () => {
  it('shows the defaults of a bot without settings, with the fallback in each locale', () => {
    const values = toSettingsValues(shopDocument());
    expect(values).toMatchObject({
      name: 'Shop',
      locales: ['en', 'zh-CN'],
      timezone: 'UTC',
      threshold: 0.6,
      fallback: { en: "Sorry, I didn't get that.", 'zh-CN': '抱歉，我没有理解。' },
    });
    expect(settingsErrors(values)).toEqual({});
  });

  it('finds every invalid field', () => {
    const values = {
      ...toSettingsValues(shopDocument()),
      name: ' ',
      locales: ['en', 'Chinese'],
      threshold: 1.5,
      inactivityMinutes: 0,
      maxSteps: '',
    };
    expect(Object.keys(settingsErrors(values)).sort()).toEqual(
      ['inactivityMinutes', 'locales', 'maxSteps', 'name', 'threshold'].sort(),
    );
    expect(settingsErrors({ ...values, defaultLocale: 'fr' }).defaultLocale).toEqual({
      key: 'defaultNotListed',
    });
  });

  it('writes the values into the draft, keeping settings the form does not show', () => {
    const doc = { ...shopDocument(), settings: { timezone: 'UTC', futureSetting: true } };
    const values = {
      ...toSettingsValues(doc),
      timezone: 'Asia/Shanghai',
      persona: '',
      threshold: 0.75,
    };
    values.fallback = { en: 'Sorry?', 'zh-CN': '' };
    const next = applySettings(doc, values);
    expect(next.settings).toEqual({
      futureSetting: true,
      fallbackMessage: { en: 'Sorry?' },
      timezone: 'Asia/Shanghai',
      nluConfidenceThreshold: 0.75,
      redactPersonalData: false,
      inactivityTimeoutMinutes: 30,
      maxStepsPerTurn: 500,
    });
  });
});
