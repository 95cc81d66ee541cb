import { z } from 'zod';
import type { ApiClient } from './api-client';

export const channelThemeSchema = z.looseObject({
  primaryColor: z.string(),
  title: z.string(),
  avatarUrl: z.string().nullable(),
  greeting: z.record(z.string(), z.string()),
  position: z.enum(['right', 'left']),
});
export type ChannelTheme = z.infer<typeof channelThemeSchema>;

export const channelSchema = z.looseObject({
  id: z.string(),
  botId: z.string(),
  environment: z.string(),
  kind: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  theme: channelThemeSchema,
  allowedOrigins: z.array(z.string()),
  allowedImageHosts: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Channel = z.infer<typeof channelSchema>;

/** A channel in the list, with the version its environment runs and its last day's conversations. */
export const channelListItemSchema = channelSchema.extend({
  version: z.number().nullable(),
  conversationsLast24h: z.number(),
});
export type ChannelListItem = z.infer<typeof channelListItemSchema>;

export interface ChannelChanges {
  environment?: string;
  name?: string;
  enabled?: boolean;
  theme?: Partial<ChannelTheme>;
  allowedOrigins?: string[];
  allowedImageHosts?: string[];
}

/** A bot's web channels (`/api/v1/bots/:botId/channels`). */
export interface ChannelsApi {
  list(botId: string): Promise<ChannelListItem[]>;
  create(botId: string, channel: ChannelChanges & { environment: string }): Promise<Channel>;
  update(botId: string, channelId: string, changes: ChannelChanges): Promise<Channel>;
  remove(botId: string, channelId: string): Promise<void>;
}

export function createChannelsApi(client: ApiClient): ChannelsApi {
  const channels = (botId: string) => `/api/v1/bots/${encodeURIComponent(botId)}/channels`;
  const one = (botId: string, channelId: string) =>
    `${channels(botId)}/${encodeURIComponent(channelId)}`;
  return {
    list: (botId) =>
      client.request({ method: 'GET', path: channels(botId) }, z.array(channelListItemSchema)),
    create: (botId, channel) =>
      client.request({ method: 'POST', path: channels(botId), body: channel }, channelSchema),
    update: (botId, channelId, changes) =>
      client.request(
        { method: 'PATCH', path: one(botId, channelId), body: changes },
        channelSchema,
      ),
    remove: async (botId, channelId) => {
      await client.request({ method: 'DELETE', path: one(botId, channelId) }, z.unknown());
    },
  };
}
