import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseBotDocument, type Problem, validateBot } from '@parley/flow';
import { nodeCatalog } from '@parley/nodes';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import type { Bot } from '../bots/bot.entity';
import { BotsService, type BotSummary } from '../bots/bots.service';
import { EnvironmentDeployment } from '../environments/environment-deployment.entity';
import { Environment } from '../environments/environment.entity';
import { byPipelineOrder } from '../environments/environment.view';
import type { BotVersion } from '../versions/bot-version.entity';
import { blockingProblems, VersionsService } from '../versions/versions.service';
import {
  BOT_EXPORT_FORMAT,
  BOT_EXPORT_FORMAT_VERSION,
  type BotExportFile,
  botExportFileSchema,
} from './bot-export.schema';

/** A problem of an imported file, with the document it was found in (`draft`, `version 3`, `file`). */
export type ImportProblem = Omit<Partial<Problem>, 'path'> & {
  document: string;
  path: string;
  message: string;
};

/** Moves a bot between installations as one JSON file (docs/import-export.md). */
@Injectable()
export class BotTransferService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bots: BotsService,
    private readonly versions: VersionsService,
    private readonly audit: AuditService,
  ) {}

  /** The bot as an export file: never a secret value, only the names environments use. */
  async export(workspaceId: string, botId: string, actor: Actor = {}): Promise<BotExportFile> {
    const bot = await this.bots.get(workspaceId, botId);
    const versions = await this.versions.all(workspaceId, botId);
    const environments = (
      await this.dataSource.manager.find(Environment, { where: { workspaceId, botId } })
    ).sort(byPipelineOrder);
    const numberOf = new Map(versions.map((version) => [version.id, version.number]));
    await this.audit.recordBy(actor, {
      workspaceId,
      action: 'bot.exported',
      targetType: 'bot',
      targetId: botId,
    });
    return {
      format: BOT_EXPORT_FORMAT,
      formatVersion: BOT_EXPORT_FORMAT_VERSION,
      exportedAt: new Date().toISOString(),
      bot: { name: bot.name, draft: bot.draft },
      versions: versions.map((version) => ({
        number: version.number,
        note: version.note,
        author: version.authorLabel,
        publishedAt: version.createdAt.toISOString(),
        document: version.document,
      })),
      environments: environments.map((environment) => ({
        name: environment.name,
        version: environment.versionId ? (numberOf.get(environment.versionId) ?? null) : null,
        variables: environment.variables,
        secrets: environment.secrets,
      })),
    };
  }

  /**
   * Creates a bot from an export file or a bare bot document. Everything is
   * checked first (every document migrated and validated, environments pointing
   * at versions in the file); any problem imports nothing: 422 listing them all.
   */
  async import(workspaceId: string, input: unknown, actor: Actor = {}): Promise<BotSummary> {
    const file = readImportFile(input);
    const problems = checkImportFile(file);
    if (problems.length > 0) {
      throw new UnprocessableEntityException({
        statusCode: 422,
        message: `The file has ${problems.length} problem(s); nothing was imported`,
        problems,
      });
    }
    const bot = await this.dataSource.transaction(async (manager) => {
      const created = await this.bots.create(
        workspaceId,
        file.bot.name,
        file.bot.draft,
        actor,
        manager,
      );
      const versions = new Map<number, BotVersion>();
      for (const version of file.versions) {
        const parsed = parseBotDocument(version.document);
        if (!parsed.ok) throw new Error('checked document no longer parses');
        const row = await this.versions.insert(manager, created, {
          number: version.number,
          document: parsed.doc,
          note: version.note,
          authorLabel: version.author,
          authorUserId: null,
          draftRevision: null,
          ...(version.publishedAt ? { createdAt: new Date(version.publishedAt) } : {}),
        });
        versions.set(version.number, row);
      }
      await this.importEnvironments(manager, created, file, versions, actor);
      await this.audit.recordBy(
        actor,
        {
          workspaceId,
          action: 'bot.imported',
          targetType: 'bot',
          targetId: created.id,
          details: { name: file.bot.name, versions: file.versions.length },
        },
        manager,
      );
      return created;
    });
    return this.bots.summary(workspaceId, bot.id);
  }

  private async importEnvironments(
    manager: EntityManager,
    bot: Bot,
    file: BotExportFile,
    versions: Map<number, BotVersion>,
    actor: Actor,
  ): Promise<void> {
    for (const entry of file.environments) {
      const environment =
        (await manager.findOneBy(Environment, { botId: bot.id, name: entry.name })) ??
        manager.create(Environment, {
          workspaceId: bot.workspaceId,
          botId: bot.id,
          name: entry.name,
        });
      const version = entry.version === null ? undefined : versions.get(entry.version);
      environment.versionId = version?.id ?? null;
      environment.variables = entry.variables;
      environment.secrets = entry.secrets;
      const saved = await manager.save(environment);
      if (version) {
        await manager.save(
          manager.create(EnvironmentDeployment, {
            environmentId: saved.id,
            versionId: version.id,
            previousVersionId: null,
            action: 'import',
            actorUserId: actor.userId ?? null,
          }),
        );
      }
    }
  }
}

/** An export file as is, or a bare bot document wrapped as a file with no versions. */
function readImportFile(input: unknown): BotExportFile {
  const isExport = typeof input === 'object' && input !== null && 'format' in input;
  if (!isExport) {
    const name = (input as { name?: unknown } | null)?.name;
    return {
      format: BOT_EXPORT_FORMAT,
      formatVersion: BOT_EXPORT_FORMAT_VERSION,
      bot: {
        name: typeof name === 'string' && name.trim() ? name.trim().slice(0, 200) : 'Imported bot',
        draft: (input ?? {}) as Record<string, unknown>,
      },
      versions: [],
      environments: [],
    };
  }
  const parsed = botExportFileSchema.safeParse(input, { reportInput: false });
  if (parsed.success) return parsed.data;
  throw new UnprocessableEntityException({
    statusCode: 422,
    message: 'The file is not a valid Parley bot export; nothing was imported',
    problems: parsed.error.issues.map((issue) => ({
      document: 'file',
      path: issue.path.map(String).join('.'),
      message:
        issue.code === 'unrecognized_keys'
          ? `unknown field(s): ${issue.keys.join(', ')}`
          : issue.message,
    })),
  });
}

/** Every reason the file cannot be imported, located by document. */
function checkImportFile(file: BotExportFile): ImportProblem[] {
  const located = (document: string, problems: Problem[]): ImportProblem[] =>
    problems.map((problem) => ({ ...problem, document, path: problem.path.join('.') }));
  const problems: ImportProblem[] = [
    ...located('draft', blockingProblems(validateBot(file.bot.draft, nodeCatalog))),
  ];
  const numbers = new Set<number>();
  for (const version of file.versions) {
    if (numbers.has(version.number)) {
      problems.push({
        document: `version ${version.number}`,
        path: 'number',
        message: 'appears twice',
      });
    }
    numbers.add(version.number);
    problems.push(
      ...located(
        `version ${version.number}`,
        blockingProblems(validateBot(version.document, nodeCatalog)),
      ),
    );
  }
  const names = new Set<string>();
  for (const environment of file.environments) {
    const where = { document: `environment ${environment.name}` };
    if (names.has(environment.name))
      problems.push({ ...where, path: 'name', message: 'appears twice' });
    names.add(environment.name);
    if (environment.version !== null && !numbers.has(environment.version)) {
      problems.push({
        ...where,
        path: 'version',
        message: `runs version ${environment.version}, which the file does not contain`,
      });
    }
  }
  return problems;
}
