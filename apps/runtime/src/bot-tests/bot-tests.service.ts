import {
  ConflictException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { runTestSuite, type TestSuiteResult } from '@parley/conversation-tests';
import { type JsonObject, jsonObjectSchema } from '@parley/engine';
import { parseBotDocument, type BotDocument, type StoredConversationTest } from '@parley/flow';
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
 * nothing is stored — no conversation, contact or analytics row. A run against an
 * environment starts each test with that environment's bot variables, as a real
 * conversation there starts; its secrets play no part, since every port is scripted.
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
    const { target, doc, variables } = await this.resolve(workspaceId, botId, request);
    const result = await runTestSuite(doc, {
      tests: startingWith(doc.tests, variables),
      ...(request.names ? { names: request.names } : {}),
    });
    return { target, ...result };
  }

  /**
   * The document the request names, in the caller's workspace (404 otherwise), and
   * the bot variables its conversations start with. The draft and a version start
   * with the document's own defaults, unlike the simulator, which borrows staging's
   * values: the simulator calls real endpoints and needs an environment, while tests
   * script every port, and a draft run must give what the publish gate and the CLI
   * give for the same document (both run it on its defaults, with no environment).
   */
  private async resolve(
    workspaceId: string,
    botId: string,
    request: RunTestsRequest,
  ): Promise<{ target: TestTarget; doc: BotDocument; variables: JsonObject }> {
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
        return {
          target: { kind: 'draft', revision: bot.draftRevision },
          doc: parsed.doc,
          variables: {},
        };
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
          variables: {},
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
          // Stored through the environments API as JSON values; parsed, not cast.
          variables: jsonObjectSchema.parse(environment.variables),
        };
      }
    }
  }
}

/**
 * The tests as conversations starting with `variables` would play them: the
 * environment's values under each test's own `vars`, since a test that sets a
 * variable means that value (as the simulator puts the analyst's over staging's).
 */
function startingWith(
  tests: readonly StoredConversationTest[],
  variables: JsonObject,
): readonly StoredConversationTest[] {
  if (Object.keys(variables).length === 0) return tests;
  return tests.map((test) => ({ ...test, vars: { ...variables, ...test.vars } }));
}
