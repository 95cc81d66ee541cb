/** What `GET /api/v1/channels/:channelId/widget` answers, with safe defaults for anything missing. */
export interface WidgetTheme {
  primaryColor: string;
  title: string;
  avatarUrl: string | null;
  greeting: Record<string, string>;
  position: 'left' | 'right';
}

export interface WidgetConfig {
  channelId: string;
  botId: string;
  environment: string;
  theme: WidgetTheme;
  locales: string[];
  defaultLocale: string;
  allowedImageHosts: string[];
}

export const defaultTheme: WidgetTheme = {
  primaryColor: '#4F46E5',
  title: '',
  avatarUrl: null,
  greeting: {},
  position: 'right',
};

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Reads a channel's theme; a colour that is not `#RRGGBB` falls back to the default. */
export function parseTheme(value: unknown): WidgetTheme {
  if (!isObject(value)) return defaultTheme;
  const greeting: Record<string, string> = {};
  if (isObject(value.greeting)) {
    for (const [locale, text] of Object.entries(value.greeting)) {
      if (typeof text === 'string' && text.trim() !== '') greeting[locale] = text;
    }
  }
  const color = value.primaryColor;
  return {
    primaryColor:
      typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color)
        ? color
        : defaultTheme.primaryColor,
    title: typeof value.title === 'string' ? value.title.slice(0, 60) : '',
    avatarUrl: typeof value.avatarUrl === 'string' ? value.avatarUrl : null,
    greeting,
    position: value.position === 'left' ? 'left' : 'right',
  };
}

/** Reads the whole answer; null when it lacks the bot to talk to. */
export function parseWidgetConfig(value: unknown): WidgetConfig | null {
  if (!isObject(value) || typeof value.botId !== 'string') return null;
  const locales = strings(value.locales);
  return {
    channelId: typeof value.channelId === 'string' ? value.channelId : '',
    botId: value.botId,
    environment: typeof value.environment === 'string' ? value.environment : '',
    theme: parseTheme(value.theme),
    locales,
    defaultLocale:
      typeof value.defaultLocale === 'string' ? value.defaultLocale : (locales[0] ?? 'en'),
    allowedImageHosts: strings(value.allowedImageHosts).map((host) => host.toLowerCase()),
  };
}
