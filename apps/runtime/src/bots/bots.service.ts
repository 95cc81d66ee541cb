import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { migrateDocument, type Problem, validateBot } from '@parley/flow';
import { nodeCatalog } from '@parley/nodes';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import type { Actor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { Environment } from '../environments/environment.entity';
import { byPipelineOrder } from '../environments/environment.view';
import { DEFAULT_ENVIRONMENTS } from './default-environments';
import { Bot, type BotDraft } from './bot.entity';
import { starterDocument } from './starter-document';

/** A bot as lists and the studio's bot page show it. */
export interface BotSummary {
  id: string;
  name: string;
  /** The bot document's own `id` (a slug such as `order-status`). */
  documentId: string | null;
  draftRevision: number;
  latestVersion: number | null;
  environments: { name: string; version: number | null }[];
  createdAt: string;
  updatedAt: string;
}

/** The draft as the editor loads it. */
export interface DraftView {
  revision: number;
  document: BotDraft;
  problems: Problem[];
}

/** Bots and their drafts, always within the caller's workspace. */
@Injectable()
export class BotsService {
  constructor(
    @InjectRepository(Bot) private readonly bots: Repository<Bot>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The workspace's bots, by name. */
  async list(workspaceId: string): Promise<BotSummary[]> {
    const bots = await this.bots.find({ where: { workspaceId }, order: { name: 'ASC' } });
    return this.summarise(this.dataSource.manager, bots);
  }

  /** One bot's summary. */
  async summary(workspaceId: string, botId: string): Promise<BotSummary> {
    const [summary] = await this.summarise(this.dataSource.manager, [
      await this.get(workspaceId, botId),
    ]);
    if (!summary) throw new Error('summary of an existing bot missing');
    return summary;
  }

  /**
   * A new bot with `draft` (or the starter document) as its document and the
   * default environments; the audit event commits with it. Pass `manager` to
   * create it inside a larger transaction (an import).
   */
  async create(
    workspaceId: string,
    name: string,
    draft: BotDraft | undefined,
    actor: Actor = {},
    manager?: EntityManager,
  ): Promise<Bot> {
    if (!manager) {
      return this.dataSource.transaction((tx) => this.create(workspaceId, name, draft, actor, tx));
    }
    const document = migrated(draft ?? starterDocument(name));
    const bot = await manager.save(manager.create(Bot, { workspaceId, name, draft: document }));
    await manager.save(
      DEFAULT_ENVIRONMENTS.map((envName) =>
        manager.create(Environment, { workspaceId, botId: bot.id, name: envName }),
      ),
    );
    await this.audit.recordBy(
      actor,
      {
        workspaceId,
        action: 'bot.created',
        targetType: 'bot',
        targetId: bot.id,
        details: { name },
      },
      manager,
    );
    return bot;
  }

  /**
   * The workspace's bot, locked until `manager`'s transaction ends: draft saves,
   * publishes and restores of one bot happen one at a time (version numbers too).
   */
  async lock(manager: EntityManager, workspaceId: string, botId: string): Promise<Bot> {
    const bot = await manager.findOne(Bot, {
      where: { workspaceId, id: botId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!bot) throw notFound(botId);
    return bot;
  }

  /** The workspace's bot; another workspace's bot is reported as not found. */
  async get(workspaceId: string, botId: string, manager?: EntityManager): Promise<Bot> {
    const bot = await (manager ?? this.dataSource.manager).findOneBy(Bot, {
      workspaceId,
      id: botId,
    });
    if (!bot) throw notFound(botId);
    return bot;
  }

  /** The draft with its current problems (drafts may have some; versions may not). */
  async draft(workspaceId: string, botId: string): Promise<DraftView> {
    const bot = await this.get(workspaceId, botId);
    return { revision: bot.draftRevision, document: bot.draft, problems: this.validate(bot.draft) };
  }

  /**
   * Replaces the draft if it is still at `revision` (what the editor loaded), and
   * returns the bot at its next revision. A stale revision means someone saved in
   * between: 409 with the current revision, and nothing is written.
   */
  saveDraft(
    workspaceId: string,
    botId: string,
    draft: BotDraft,
    revision: number,
    actor: Actor = {},
  ): Promise<Bot> {
    return this.dataSource.transaction(async (manager) => {
      const bot = await this.lock(manager, workspaceId, botId);
      if (bot.draftRevision !== revision) {
        throw new ConflictException({
          statusCode: 409,
          message: `The draft was saved by someone else since revision ${revision}; it is now at revision ${bot.draftRevision}. Reload it and apply your change again.`,
          currentRevision: bot.draftRevision,
        });
      }
      const document = migrated(draft);
      bot.draft = document;
      bot.name = documentName(document) ?? bot.name;
      bot.draftRevision += 1;
      const saved = await manager.save(bot);
      if (actor.userId || actor.apiKeyId) {
        // Saves are frequent; only callers' saves are recorded, not internal restores.
        await this.audit.recordBy(
          actor,
          {
            workspaceId,
            action: 'bot.draft_saved',
            targetType: 'bot',
            targetId: botId,
            details: { revision: saved.draftRevision },
          },
          manager,
        );
      }
      return saved;
    });
  }

  /** Deletes a bot with its versions, environments and their history. */
  async delete(workspaceId: string, botId: string, actor: Actor = {}): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const bot = await this.get(workspaceId, botId, manager);
      // Environments point at versions with RESTRICT, so they go first.
      await manager.delete(Environment, { botId: bot.id });
      await manager.delete(Bot, { id: bot.id });
      await this.audit.recordBy(
        actor,
        {
          workspaceId,
          action: 'bot.deleted',
          targetType: 'bot',
          targetId: botId,
          details: { name: bot.name },
        },
        manager,
      );
    });
  }

  /** Everything wrong with a bot document, as the studio and the publish step see it. */
  validate(document: unknown): Problem[] {
    return validateBot(document, nodeCatalog);
  }

  private async summarise(manager: EntityManager, bots: Bot[]): Promise<BotSummary[]> {
    if (bots.length === 0) return [];
    const ids = bots.map((bot) => bot.id);
    const latest: { bot_id: string; latest: number }[] = await manager.query(
      `SELECT bot_id, max(number) AS latest FROM bot_versions WHERE bot_id = ANY($1) GROUP BY bot_id`,
      [ids],
    );
    const environments = await manager.find(Environment, {
      where: { botId: In(ids) },
      relations: { version: true },
      order: { createdAt: 'ASC', name: 'ASC' },
    });
    return bots.map((bot) => ({
      id: bot.id,
      name: bot.name,
      documentId: typeof bot.draft.id === 'string' ? bot.draft.id : null,
      draftRevision: bot.draftRevision,
      latestVersion: latest.find((row) => row.bot_id === bot.id)?.latest ?? null,
      environments: environments
        .filter((env) => env.botId === bot.id)
        .sort(byPipelineOrder)
        .map((env) => ({ name: env.name, version: env.version?.number ?? null })),
      createdAt: bot.createdAt.toISOString(),
      updatedAt: bot.updatedAt.toISOString(),
    }));
  }
}

/** Loads of an older schema version are stored migrated, so the editor sees the current shape. */
function migrated(draft: BotDraft): BotDraft {
  const result = migrateDocument(draft);
  return result.ok ? result.doc : draft;
}

function documentName(document: BotDraft): string | undefined {
  const name = document.name;
  return typeof name === 'string' && name.trim() ? name.trim().slice(0, 200) : undefined;
}

function notFound(botId: string): NotFoundException {
  return new NotFoundException(`No bot ${botId} in this workspace`);
}
