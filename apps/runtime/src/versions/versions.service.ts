import {
  ConflictException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type BotDiff,
  type BotDocument,
  diffBotDocuments,
  parseBotDocument,
  type Problem,
  validateBot,
} from '@parley/flow';
import { nodeCatalog } from '@parley/nodes';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, actorLabel } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { Bot } from '../bots/bot.entity';
import { BotsService } from '../bots/bots.service';
import { EnvironmentsService, type EnvironmentView } from '../environments/environments.service';
import { BotVersion } from './bot-version.entity';
import { ParsedDocumentCache } from './parsed-document.cache';
import { passTestGate, type TestsOverride } from './publish-test-gate';

/** A version as lists show it. */
export interface VersionSummary {
  id: string;
  number: number;
  note: string;
  author: string;
  publishedAt: string;
}

export interface VersionDetail extends VersionSummary {
  document: Record<string, unknown>;
}

export interface PublishRequest {
  note?: string | undefined;
  /** Publish only if the draft is still at this revision (what the publisher looked at). */
  revision?: number | undefined;
  /** Deploy the new version here too; `null` publishes without deploying. Default `staging`. */
  environment?: string | null | undefined;
  /** Publish although stored conversation tests fail (admins only; audited with the reason). */
  overrideTests?: TestsOverride | undefined;
}

export interface PublishResult {
  version: VersionSummary;
  environment?: EnvironmentView;
}

/** Problems that stop a document from becoming a version: errors, not warnings. */
export function blockingProblems(problems: Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === 'error');
}

/** Published versions: immutable bot documents, numbered per bot. */
@Injectable()
export class VersionsService {
  private readonly parsed = new ParsedDocumentCache(200);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bots: BotsService,
    private readonly environments: EnvironmentsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Turns the draft into the next version, refusing one with problems (422 listing
   * them) or failing conversation tests (422 `testFailures`, unless overridden), and deploys it to `request.environment` (default `staging`) in the same
   * transaction. The bot row is locked so two publishes get consecutive numbers.
   */
  publish(
    workspaceId: string,
    botId: string,
    request: PublishRequest,
    actor: Actor = {},
  ): Promise<PublishResult> {
    return this.dataSource.transaction(async (manager) => {
      const bot = await this.bots.lock(manager, workspaceId, botId);
      if (request.revision !== undefined && request.revision !== bot.draftRevision) {
        throw new ConflictException({
          statusCode: 409,
          message: `The draft changed since revision ${request.revision} (it is at revision ${bot.draftRevision}); review it again before publishing.`,
          currentRevision: bot.draftRevision,
        });
      }
      const document = publishable(bot.draft);
      // Under the bot's lock, so the tests that pass are those of the document published.
      const testsOverridden = await passTestGate(document, request.overrideTests);
      const version = await this.insert(manager, bot, {
        number: (await this.latestNumber(manager, bot.id)) + 1,
        document,
        note: request.note ?? '',
        authorLabel: await actorLabel(manager, actor),
        authorUserId: actor.userId ?? null,
        draftRevision: bot.draftRevision,
      });
      await this.audit.recordBy(
        actor,
        {
          workspaceId,
          action: 'bot.published',
          targetType: 'bot',
          targetId: bot.id,
          details: {
            version: version.number,
            note: version.note,
            ...(testsOverridden ? { testsOverridden } : {}),
          },
        },
        manager,
      );
      const target = request.environment === undefined ? 'staging' : request.environment;
      const environment =
        target === null
          ? undefined
          : await this.environments.deploy(
              workspaceId,
              bot.id,
              target,
              version.number,
              actor,
              manager,
            );
      return { version: summarise(version), ...(environment ? { environment } : {}) };
    });
  }

  /** Inserts a version row as given (publish and import). */
  async insert(
    manager: EntityManager,
    bot: Bot,
    fields: Pick<
      BotVersion,
      'number' | 'document' | 'note' | 'authorLabel' | 'authorUserId' | 'draftRevision'
    > & { createdAt?: Date },
  ): Promise<BotVersion> {
    return manager.save(
      manager.create(BotVersion, { workspaceId: bot.workspaceId, botId: bot.id, ...fields }),
    );
  }

  /** The bot's versions, newest first. */
  async list(workspaceId: string, botId: string): Promise<VersionSummary[]> {
    await this.bots.get(workspaceId, botId);
    const versions = await this.dataSource.manager.find(BotVersion, {
      where: { workspaceId, botId },
      order: { number: 'DESC' },
      select: { id: true, number: true, note: true, authorLabel: true, createdAt: true },
    });
    return versions.map(summarise);
  }

  /** One version with its document. */
  async get(workspaceId: string, botId: string, number: number): Promise<VersionDetail> {
    const version = await this.find(workspaceId, botId, number);
    return { ...summarise(version), document: version.document };
  }

  /** Every version with its document, oldest first (export). */
  all(workspaceId: string, botId: string, manager?: EntityManager): Promise<BotVersion[]> {
    return (manager ?? this.dataSource.manager).find(BotVersion, {
      where: { workspaceId, botId },
      order: { number: 'ASC' },
    });
  }

  /**
   * What changed from version `from` to version `to` (or to the draft). A draft
   * that does not parse as a bot document cannot be compared: 422 with its problems.
   */
  async diff(
    workspaceId: string,
    botId: string,
    from: number,
    to: number | 'draft',
  ): Promise<BotDiff> {
    const before = await this.documentOf(await this.find(workspaceId, botId, from));
    if (to !== 'draft') {
      return diffBotDocuments(
        before,
        await this.documentOf(await this.find(workspaceId, botId, to)),
      );
    }
    const bot = await this.bots.get(workspaceId, botId);
    const draft = parseBotDocument(bot.draft);
    if (!draft.ok) {
      throw new UnprocessableEntityException({
        statusCode: 422,
        message: 'The draft is not a complete bot document yet, so it cannot be compared',
        problems: draft.problems,
      });
    }
    return diffBotDocuments(before, draft.doc);
  }

  /** Makes version `number`'s document the draft again (a new draft revision). */
  restore(workspaceId: string, botId: string, number: number, actor: Actor = {}): Promise<Bot> {
    return this.dataSource.transaction(async (manager) => {
      const bot = await this.bots.lock(manager, workspaceId, botId);
      const version = await this.find(workspaceId, botId, number, manager);
      bot.draft = version.document;
      bot.draftRevision += 1;
      const saved = await manager.save(bot);
      await this.audit.recordBy(
        actor,
        {
          workspaceId,
          action: 'bot.draft_restored',
          targetType: 'bot',
          targetId: botId,
          details: { version: number, revision: saved.draftRevision },
        },
        manager,
      );
      return saved;
    });
  }

  /**
   * The parsed document of a version, cached: versions never change, and every
   * turn of every conversation on it needs it.
   */
  async documentById(versionId: string): Promise<BotDocument> {
    const cached = this.parsed.get(versionId);
    if (cached) return cached;
    const version = await this.dataSource.manager.findOneBy(BotVersion, { id: versionId });
    if (!version) throw new NotFoundException(`No bot version ${versionId}`);
    return this.documentOf(version);
  }

  private documentOf(version: BotVersion): Promise<BotDocument> {
    const cached = this.parsed.get(version.id);
    if (cached) return Promise.resolve(cached);
    const parsed = parseBotDocument(version.document);
    // Versions were valid when published; a failure here is a migration bug, not bad input.
    if (!parsed.ok) throw new Error(`Version ${version.number} no longer parses`);
    this.parsed.set(version.id, parsed.doc);
    return Promise.resolve(parsed.doc);
  }

  private async find(
    workspaceId: string,
    botId: string,
    number: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BotVersion> {
    await this.bots.get(workspaceId, botId, manager);
    const version = await manager.findOneBy(BotVersion, { workspaceId, botId, number });
    if (!version) throw new NotFoundException(`Bot ${botId} has no version ${number}`);
    return version;
  }

  private async latestNumber(manager: EntityManager, botId: string): Promise<number> {
    const [row]: { latest: number | null }[] = await manager.query(
      'SELECT max(number) AS latest FROM bot_versions WHERE bot_id = $1',
      [botId],
    );
    return row?.latest ?? 0;
  }
}

/**
 * The document a version stores: parsed (migrated, defaults filled in) and free
 * of errors; otherwise 422 with every problem, and nothing is written.
 */
export function publishable(draft: unknown): BotDocument {
  const problems = blockingProblems(validateBot(draft, nodeCatalog));
  const parsed = parseBotDocument(draft);
  if (problems.length > 0 || !parsed.ok) {
    throw new UnprocessableEntityException({
      statusCode: 422,
      message: `The draft has ${problems.length} problem(s) to fix before it can be published`,
      problems: problems.length > 0 ? problems : parsed.ok ? [] : parsed.problems,
    });
  }
  return parsed.doc;
}

export function summarise(version: BotVersion): VersionSummary {
  return {
    id: version.id,
    number: version.number,
    note: version.note,
    author: version.authorLabel,
    publishedAt: version.createdAt.toISOString(),
  };
}
