import {
  ConflictException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { runTestSuite, type TestSuiteResult } from '@parley/conversation-tests';
import { parseBotDocument, type BotDocument } from '@parley/flow';
import { DataSource } from 'typeorm';
import { BotsService } from '../bots/bots.service';
import { EnvironmentsService } from '../environments/environments.service';
import { BotVersion } from '../versions/bot-version.entity';
import { VersionsService } from '../versions/versions.service';
import type { RunTestsRequest } from './bot-tests.schema';

/** Which document the tests ran on. */
export type TestTarget =
  | { kind: 'draft'; revision: number }
  | { kind: 'version'; versionId: string; number: number }
  | { kind: 'environment'; environment: string; versionId: string; number: number };

export interface TestRunView extends TestSuiteResult {
  target: TestTarget;
}

/**
 * Runs a bot's stored conversation tests in this process: the real engine and
 * executors with each test's scripted ports (never real HTTP, LLM or hand-off), and
 * nothing is stored — no conversation, contact or analytics row.
 */
@Injectable()
export class BotTestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bots: BotsService,
    private readonly versions: VersionsService,
    private readonly environments: EnvironmentsService,
  ) {}

  async run(workspaceId: string, botId: string, request: RunTestsRequest): Promise<TestRunView> {
    const { target, doc } = await this.resolve(workspaceId, botId, request);
    const result = await runTestSuite(doc, request.names ? { names: request.names } : {});
    return { target, ...result };
  }

  /** The document the request names, in the caller's workspace (404 otherwise). */
  private async resolve(
    workspaceId: string,
    botId: string,
    request: RunTestsRequest,
  ): Promise<{ target: TestTarget; doc: BotDocument }> {
    switch (request.target) {
      case 'draft': {
        const bot = await this.bots.get(workspaceId, botId);
        const parsed = parseBotDocument(bot.draft);
        if (!parsed.ok) {
          throw new UnprocessableEntityException({
            statusCode: 422,
            message: 'The draft is not a complete bot document yet, so its tests cannot run',
            problems: parsed.problems,
          });
        }
        return { target: { kind: 'draft', revision: bot.draftRevision }, doc: parsed.doc };
      }
      case 'version': {
        await this.bots.get(workspaceId, botId);
        const version = await this.dataSource.manager.findOne(BotVersion, {
          where: { id: request.versionId, workspaceId, botId },
          select: { id: true, number: true },
        });
        if (!version)
          throw new NotFoundException(`Bot ${botId} has no version ${request.versionId}`);
        return {
          target: { kind: 'version', versionId: version.id, number: version.number },
          doc: await this.versions.documentById(version.id),
        };
      }
      case 'environment': {
        const environment = await this.environments.get(workspaceId, botId, request.environment);
        if (!environment.version) {
          throw new ConflictException(
            `Nothing is published in the "${request.environment}" environment of this bot yet`,
          );
        }
        const { id, number } = environment.version;
        return {
          target: { kind: 'environment', environment: environment.name, versionId: id, number },
          doc: await this.versions.documentById(id),
        };
      }
    }
  }
}
