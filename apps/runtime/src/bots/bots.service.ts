import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type Problem, validateBot } from '@parley/flow';
import { nodeCatalog } from '@parley/nodes';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Bot, type BotDraft } from './bot.entity';

/** Bots and their drafts, always within the caller's workspace. */
@Injectable()
export class BotsService {
  constructor(
    @InjectRepository(Bot) private readonly bots: Repository<Bot>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A new bot with `draft` as its document; the audit event commits with it. */
  create(workspaceId: string, name: string, draft: BotDraft, actorUserId?: string): Promise<Bot> {
    return this.dataSource.transaction(async (manager) => {
      const bot = await manager.save(manager.create(Bot, { workspaceId, name, draft }));
      await this.audit.record(
        { workspaceId, action: 'bot.created', actorUserId, targetType: 'bot', targetId: bot.id },
        manager,
      );
      return bot;
    });
  }

  /** The workspace's bot; another workspace's bot is reported as not found. */
  async get(workspaceId: string, botId: string): Promise<Bot> {
    const bot = await this.bots.findOneBy({ workspaceId, id: botId });
    if (!bot) throw new NotFoundException(`No bot ${botId} in this workspace`);
    return bot;
  }

  /**
   * Replaces the draft if it is still at `revision` (what the editor loaded), and
   * returns the bot at its next revision; a conflict means someone saved in between.
   */
  saveDraft(workspaceId: string, botId: string, draft: BotDraft, revision: number): Promise<Bot> {
    return this.dataSource.transaction(async (manager) => {
      const bot = await manager.findOne(Bot, {
        where: { workspaceId, id: botId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!bot) throw new NotFoundException(`No bot ${botId} in this workspace`);
      if (bot.draftRevision !== revision) {
        throw new ConflictException(
          `Bot ${botId} was saved by someone else since revision ${revision}`,
        );
      }
      bot.draft = draft;
      bot.draftRevision += 1;
      return manager.save(bot);
    });
  }

  /** Everything wrong with a bot document, as the studio and the publish step see it. */
  validate(document: unknown): Problem[] {
    return validateBot(document, nodeCatalog);
  }
}
