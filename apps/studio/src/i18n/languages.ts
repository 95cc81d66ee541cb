/** The UI languages the studio ships, in the order the switch offers them. */
export const languages = ['en', 'zh-CN'] as const;
export type Language = (typeof languages)[number];

/** Each language named in itself, so a user who cannot read the current one still finds theirs. */
export const languageNames: Record<Language, string> = { en: 'English', 'zh-CN': '中文' };

const storageKey = 'parley.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The remembered choice, else the browser's preference when it is Chinese, else English. */
export function initialLanguage(): Language {
  const stored = readStored();
  if (isLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
