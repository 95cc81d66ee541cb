import type { Channel, ChannelChanges } from '../../api/channels-api';

/** The longest widget title the runtime accepts. */
export const MAX_TITLE_LENGTH = 60;
export const MAX_GREETING_LENGTH = 500;

/** What the channel editor edits, as the inputs hold it (strings, even when empty). */
export interface ChannelFormValues {
  name: string;
  primaryColor: string;
  title: string;
  avatarUrl: string;
  greeting: Record<string, string>;
  position: 'right' | 'left';
  allowedOrigins: string[];
  allowedImageHosts: string[];
}

/** i18n keys (namespace `channels`) of each field's problem; absent when the field is fine. */
export type ChannelFormErrors = Partial<Record<keyof ChannelFormValues, string>>;

export function formValues(channel: Channel): ChannelFormValues {
  return {
    name: channel.name,
    primaryColor: channel.theme.primaryColor,
    title: channel.theme.title,
    avatarUrl: channel.theme.avatarUrl ?? '',
    greeting: { ...channel.theme.greeting },
    position: channel.theme.position,
    allowedOrigins: [...channel.allowedOrigins],
    allowedImageHosts: [...channel.allowedImageHosts],
  };
}

/** The same rules as the runtime's, so a problem shows beside its field before saving. */
export function validateChannelForm(values: ChannelFormValues): ChannelFormErrors {
  const errors: ChannelFormErrors = {};
  if (!values.name.trim()) errors.name = 'errors.nameRequired';
  else if (values.name.trim().length > 100) errors.name = 'errors.nameTooLong';
  if (!isHexColor(values.primaryColor)) errors.primaryColor = 'errors.color';
  if (!values.title.trim()) errors.title = 'errors.titleRequired';
  else if (values.title.trim().length > MAX_TITLE_LENGTH) errors.title = 'errors.titleTooLong';
  if (values.avatarUrl.trim() && !isWebUrl(values.avatarUrl.trim())) {
    errors.avatarUrl = 'errors.avatarUrl';
  }
  if (Object.values(values.greeting).some((text) => text.trim().length > MAX_GREETING_LENGTH)) {
    errors.greeting = 'errors.greetingTooLong';
  }
  return errors;
}

/** Why an origin cannot be added (an i18n key), or `null` when it can. */
export function originProblem(value: string, existing: readonly string[]): string | null {
  if (!isExactOrigin(value)) return 'errors.origin';
  if (existing.includes(value)) return 'errors.duplicate';
  return null;
}

/** Why an image host cannot be added (an i18n key), or `null` when it can. */
export function imageHostProblem(value: string, existing: readonly string[]): string | null {
  if (!isHostName(value)) return 'errors.imageHost';
  if (existing.includes(value)) return 'errors.duplicate';
  return null;
}

/** Only what differs from the saved channel, in the API's shape. */
export function channelChanges(saved: Channel, values: ChannelFormValues): ChannelChanges {
  const theme: ChannelChanges['theme'] = {};
  const avatarUrl = values.avatarUrl.trim() || null;
  const greeting = Object.fromEntries(
    Object.entries(values.greeting)
      .map(([locale, text]) => [locale, text.trim()] as const)
      .filter(([, text]) => text),
  );
  if (values.primaryColor !== saved.theme.primaryColor) theme.primaryColor = values.primaryColor;
  if (values.title.trim() !== saved.theme.title) theme.title = values.title.trim();
  if (avatarUrl !== saved.theme.avatarUrl) theme.avatarUrl = avatarUrl;
  if (!sameRecord(greeting, saved.theme.greeting)) theme.greeting = greeting;
  if (values.position !== saved.theme.position) theme.position = values.position;
  const changes: ChannelChanges = {};
  if (values.name.trim() !== saved.name) changes.name = values.name.trim();
  if (Object.keys(theme).length > 0) changes.theme = theme;
  if (!sameList(values.allowedOrigins, saved.allowedOrigins)) {
    changes.allowedOrigins = values.allowedOrigins;
  }
  if (!sameList(values.allowedImageHosts, saved.allowedImageHosts)) {
    changes.allowedImageHosts = values.allowedImageHosts;
  }
  return changes;
}

/** The script tag a website pastes before `</body>`. */
export function embedSnippet(baseUrl: string, channelId: string): string {
  return `<script src="${baseUrl}/widget.js" data-channel="${channelId}" async></script>`;
}

export function isHexColor(value: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(value);
}

/** Scheme, host and port only, exactly as a browser sends it in `Origin`. */
export function isExactOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    return web && url.origin === value && !url.hostname.includes('*');
  } catch {
    return false;
  }
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function isHostName(value: string): boolean {
  return /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(
    value,
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
