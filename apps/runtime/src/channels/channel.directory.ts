import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TtlCache } from './ttl-cache';

/** How long a channel's settings are reused: a change reaches every replica within this. */
const TTL_MS = 5_000;

/** What the chat path needs to know about a channel. */
export interface ChannelAccess {
  id: string;
  workspaceId: string;
  botId: string;
  environment: string;
  enabled: boolean;
  allowedOrigins: ReadonlySet<string>;
}

interface ChannelRow {
  id: string;
  workspace_id: string;
  bot_id: string;
  environment: string;
  enabled: boolean;
  allowed_origins: string[];
}

/**
 * Channel look-ups for the chat path (start, messages, sockets, CORS), cached
 * briefly so a conversation's turns do not each pay a query. A change made here
 * is seen at once by this replica ({@link forget}) and within seconds by others.
 */
@Injectable()
export class ChannelDirectory {
  private readonly channels = new TtlCache<ChannelAccess | null>(TTL_MS);
  private readonly botOrigins = new TtlCache<ReadonlySet<string>>(TTL_MS);
  private readonly everyOrigin = new TtlCache<ReadonlySet<string>>(TTL_MS, 1);
  // A conversation's channel never changes (deleting the channel is caught by `channel`).
  private readonly conversations = new TtlCache<string | null | undefined>(60 * 60_000, 50_000);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The channel, or `null` when there is none with this id. */
  channel(channelId: string): Promise<ChannelAccess | null> {
    return this.channels.get(channelId, async () => {
      const rows: ChannelRow[] = await this.dataSource.query(
        `SELECT id, workspace_id, bot_id, environment, enabled, allowed_origins
         FROM channels WHERE id = $1`,
        [channelId],
      );
      const row = rows[0];
      return row ? toAccess(row) : null;
    });
  }

  /**
   * Origins any channel of the bot allows: a preflight of a conversation's start
   * carries no body, so no channel id, only the bot's.
   */
  originsOfBot(botId: string): Promise<ReadonlySet<string>> {
    return this.botOrigins.get(botId, async () => {
      const rows: { origin: string }[] = await this.dataSource.query(
        `SELECT DISTINCT jsonb_array_elements_text(allowed_origins) AS origin
         FROM channels WHERE bot_id = $1`,
        [botId],
      );
      return new Set(rows.map((row) => row.origin));
    });
  }

  /** Origins any channel allows, for socket.io's long-polling CORS (before any conversation is known). */
  allOrigins(): Promise<ReadonlySet<string>> {
    return this.everyOrigin.get('all', async () => {
      const rows: { origin: string }[] = await this.dataSource.query(
        `SELECT DISTINCT jsonb_array_elements_text(allowed_origins) AS origin FROM channels`,
      );
      return new Set(rows.map((row) => row.origin));
    });
  }

  /**
   * The channel a conversation came through: its id, `null` when it came through
   * none (the REST API), `undefined` when there is no such conversation.
   */
  channelOfConversation(conversationId: string): Promise<string | null | undefined> {
    return this.conversations.get(conversationId, async () => {
      const rows: { channel_id: string | null }[] = await this.dataSource.query(
        'SELECT channel_id FROM conversations WHERE id = $1',
        [conversationId],
      );
      return rows.length === 0 ? undefined : (rows[0]?.channel_id ?? null);
    });
  }

  /** Forgets what is cached about a channel that just changed. */
  forget(channelId: string, botId: string): void {
    this.channels.delete(channelId);
    this.botOrigins.delete(botId);
    this.everyOrigin.clear();
  }
}

function toAccess(row: ChannelRow): ChannelAccess {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    botId: row.bot_id,
    environment: row.environment,
    enabled: row.enabled,
    allowedOrigins: new Set(row.allowed_origins),
  };
}
