import type { Channel, ChannelTheme } from './channel.entity';

/** A channel as the staff API shows it. */
export interface ChannelView {
  id: string;
  botId: string;
  environment: string;
  kind: 'web';
  name: string;
  enabled: boolean;
  theme: ChannelTheme;
  allowedOrigins: string[];
  allowedImageHosts: string[];
  createdAt: string;
  updatedAt: string;
}

/** The list's extra facts: what runs there now and how busy the channel is. */
export interface ChannelListItem extends ChannelView {
  /** The version its environment runs, `null` when nothing is deployed there. */
  version: number | null;
  conversationsLast24h: number;
}

/** What the widget reads before it shows itself (public: no secrets, no workspace). */
export interface WidgetConfig {
  channelId: string;
  botId: string;
  environment: string;
  enabled: boolean;
  theme: ChannelTheme;
  locales: string[];
  defaultLocale: string;
  allowedImageHosts: string[];
}

export function channelView(channel: Channel): ChannelView {
  return {
    id: channel.id,
    botId: channel.botId,
    environment: channel.environment,
    kind: channel.kind,
    name: channel.name,
    enabled: channel.enabled,
    theme: channel.theme,
    allowedOrigins: channel.allowedOrigins,
    allowedImageHosts: channel.allowedImageHosts,
    createdAt: channel.createdAt.toISOString(),
    updatedAt: channel.updatedAt.toISOString(),
  };
}

/** A new channel's look: the bot's name as the title, Parley's blue, bottom right. */
export function defaultTheme(botName: string): ChannelTheme {
  return {
    primaryColor: '#1c7ed6',
    title: botName.slice(0, 60),
    avatarUrl: null,
    greeting: {},
    position: 'right',
  };
}
