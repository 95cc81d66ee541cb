import { describe, expect, it } from 'vitest';
import { variantOf, withVariant } from './localized-text';

const bilingual = { locales: ['en', 'zh-CN'], defaultLocale: 'en' };
const english = { locales: ['en'], defaultLocale: 'en' };

describe('template variants', () => {
  it('keeps a plain string plain while only the shared language is edited', () => {
    expect(withVariant('Hi', 'en', 'Hello', bilingual)).toBe('Hello');
    expect(withVariant(undefined, 'en', 'Hello', english)).toBe('Hello');
  });

  it('turns a plain string into variants when another language is written', () => {
    expect(withVariant('Hi', 'zh-CN', '你好', bilingual)).toEqual({ en: 'Hi', 'zh-CN': '你好' });
  });

  it('drops emptied variants, and everything when none is left', () => {
    expect(withVariant({ en: 'Hi', 'zh-CN': '你好' }, 'zh-CN', '', bilingual)).toEqual({
      en: 'Hi',
    });
    expect(withVariant({ en: 'Hi' }, 'en', '', bilingual)).toBeUndefined();
  });

  it('shows a plain string in the default tab only', () => {
    expect(variantOf('Hi', 'en', bilingual)).toBe('Hi');
    expect(variantOf('Hi', 'zh-CN', bilingual)).toBe('');
    expect(variantOf({ 'zh-CN': '你好' }, 'zh-CN', bilingual)).toBe('你好');
  });
});
