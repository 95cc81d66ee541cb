import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { Bot } from '../bots/bot.entity';
import { BotsService } from '../bots/bots.service';
import { Environment } from '../environments/environment.entity';
import { EnvironmentResolver } from '../environments/environment.resolver';
import { VersionsService } from '../versions/versions.service';
import { Channel } from './channel.entity';
import type { CreateChannelRequest, UpdateChannelRequest } from './channel-request.schema';
import { ChannelDirectory } from './channel.directory';
import {
  type ChannelListItem,
  type ChannelView,
  channelView,
  defaultTheme,
  type WidgetConfig,
} from './channel.view';

/**
 * A bot's channels for the studio (always within the caller's workspace), and
 * the public configuration the widget reads. Every change is in the audit log.
 */
@Injectable()
export class ChannelsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly bots: BotsService,
    private readonly environments: EnvironmentResolver,
    private readonly versions: VersionsService,
    private readonly directory: ChannelDirectory,
  ) {}

  /** The bot's channels, oldest first, with what runs there and the last day's conversations. */
  async list(workspaceId: string, botId: string): Promise<ChannelListItem[]> {
    await this.bots.get(workspaceId, botId);
    const channels = await this.dataSource.manager.find(Channel, {
      where: { workspaceId, botId },
      order: { createdAt: 'ASC' },
    });
    if (channels.length === 0) return [];
    const versions: { name: string; number: number }[] = await this.dataSource.query(
      `SELECT e.name, v.number FROM environments e JOIN bot_versions v ON v.id = e.version_id
       WHERE e.bot_id = $1`,
      [botId],
    );
    const counts: { channel_id: string; count: number }[] = await this.dataSource.query(
      `SELECT channel_id, count(*)::int AS count FROM conversations
       WHERE channel_id = ANY($1) AND created_at > now() - interval '24 hours'
       GROUP BY channel_id`,
      [channels.map((channel) => channel.id)],
    );
    return channels.map((channel) => ({
      ...channelView(channel),
      version: versions.find((row) => row.name === channel.environment)?.number ?? null,
      conversationsLast24h: counts.find((row) => row.channel_id === channel.id)?.count ?? 0,
    }));
  }

  async get(workspaceId: string, botId: string, channelId: string): Promise<ChannelView> {
    return channelView(await this.find(this.dataSource.manager, workspaceId, botId, channelId));
  }

  async create(
    workspaceId: string,
    botId: string,
    request: CreateChannelRequest,
    actor: Actor = {},
  ): Promise<ChannelView> {
    const created = await this.dataSource.transaction(async (manager) => {
      const bot = await this.bots.get(workspaceId, botId, manager);
      await this.requireEnvironment(manager, botId, request.environment);
      const channel = await manager.save(
        manager.create(Channel, {
          workspaceId,
          botId,
          environment: request.environment,
          kind: request.kind,
          name: request.name ?? `Website (${request.environment})`,
          enabled: request.enabled,
          theme: { ...defaultTheme(bot.name), ...request.theme },
          allowedOrigins: request.allowedOrigins,
          allowedImageHosts: request.allowedImageHosts,
        }),
      );
      await this.record(manager, workspaceId, 'channel.created', channel, actor, {
        name: channel.name,
      });
      return channelView(channel);
    });
    // After the commit, so that no look-up in between caches the old state again.
    this.directory.forget(created.id, botId);
    return created;
  }

  async update(
    workspaceId: string,
    botId: string,
    channelId: string,
    changes: UpdateChannelRequest,
    actor: Actor = {},
  ): Promise<ChannelView> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const channel = await this.find(manager, workspaceId, botId, channelId, true);
      if (changes.environment !== undefined) {
        await this.requireEnvironment(manager, botId, changes.environment);
        channel.environment = changes.environment;
      }
      if (changes.name !== undefined) channel.name = changes.name;
      if (changes.enabled !== undefined) channel.enabled = changes.enabled;
      if (changes.theme !== undefined) channel.theme = { ...channel.theme, ...changes.theme };
      if (changes.allowedOrigins !== undefined) channel.allowedOrigins = changes.allowedOrigins;
      if (changes.allowedImageHosts !== undefined) {
        channel.allowedImageHosts = changes.allowedImageHosts;
      }
      const saved = await manager.save(channel);
      await this.record(manager, workspaceId, 'channel.updated', saved, actor, {
        changed: Object.keys(changes),
        ...(changes.enabled !== undefined ? { enabled: changes.enabled } : {}),
        ...(changes.allowedOrigins !== undefined ? { allowedOrigins: changes.allowedOrigins } : {}),
      });
      return channelView(saved);
    });
    this.directory.forget(channelId, botId);
    return updated;
  }

  /** Deletes the channel; its conversations stay, no longer linked to it. */
  async delete(workspaceId: string, botId: string, channelId: string, actor: Actor = {}) {
    await this.dataSource.transaction(async (manager) => {
      const channel = await this.find(manager, workspaceId, botId, channelId, true);
      await manager.delete(Channel, { id: channel.id });
      await this.record(manager, workspaceId, 'channel.deleted', channel, actor, {
        name: channel.name,
      });
    });
    this.directory.forget(channelId, botId);
  }

  /**
   * What the widget needs to show itself. Unknown channel: 404; switched off, or
   * nothing published in its environment: 409.
   */
  async widgetConfig(channelId: string): Promise<WidgetConfig> {
    const channel = await this.dataSource.manager.findOneBy(Channel, { id: channelId });
    if (!channel) throw new NotFoundException(`No channel ${channelId}`);
    if (!channel.enabled) throw new ConflictException('This chat is switched off for now');
    const environment = await this.environments
      .resolve(channel.botId, channel.environment)
      .catch((error: unknown) => {
        if (error instanceof NotFoundException || error instanceof ConflictException) {
          throw new ConflictException('This chat has nothing published to answer with yet');
        }
        throw error;
      });
    const doc = await this.versions.documentById(environment.versionId);
    return {
      channelId: channel.id,
      botId: channel.botId,
      environment: channel.environment,
      enabled: channel.enabled,
      theme: channel.theme,
      locales: doc.locales,
      defaultLocale: doc.defaultLocale,
      allowedImageHosts: channel.allowedImageHosts,
    };
  }

  /** The demo page's facts: the bot's name; `undefined` for an unknown channel. */
  async demoFacts(channelId: string): Promise<{ botName: string; enabled: boolean } | undefined> {
    const channel = await this.dataSource.manager.findOneBy(Channel, { id: channelId });
    if (!channel) return undefined;
    const bot = await this.dataSource.manager.findOneBy(Bot, { id: channel.botId });
    return { botName: bot?.name ?? 'Parley', enabled: channel.enabled };
  }

  private async find(
    manager: EntityManager,
    workspaceId: string,
    botId: string,
    channelId: string,
    forUpdate = false,
  ): Promise<Channel> {
    await this.bots.get(workspaceId, botId, manager);
    const channel = await manager.findOne(Channel, {
      where: { id: channelId, workspaceId, botId },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!channel) throw new NotFoundException(`Bot ${botId} has no channel ${channelId}`);
    return channel;
  }

  /** A channel follows an environment of its own bot: 400 naming the field otherwise. */
  private async requireEnvironment(manager: EntityManager, botId: string, name: string) {
    if (await manager.existsBy(Environment, { botId, name })) return;
    throw new BadRequestException({
      statusCode: 400,
      message: `This bot has no environment "${name}"`,
      problems: [{ path: 'environment', message: `this bot has no environment "${name}"` }],
    });
  }

  private record(
    manager: EntityManager,
    workspaceId: string,
    action: string,
    channel: Channel,
    actor: Actor,
    details: Record<string, unknown>,
  ) {
    return this.audit.recordBy(
      actor,
      {
        workspaceId,
        action,
        targetType: 'channel',
        targetId: channel.id,
        details: { botId: channel.botId, environment: channel.environment, ...details },
      },
      manager,
    );
  }
}
