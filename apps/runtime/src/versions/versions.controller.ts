import { Body, Controller, ForbiddenException, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { BotDiff } from '@parley/flow';
import { type Caller, CurrentCaller } from '../auth/caller';
import { Allow } from '../auth/policy.decorator';
import {
  botIdSchema,
  diffQuerySchema,
  publishSchema,
  versionNumberParamSchema,
} from '../bots/bot-request.schema';
import { botIdParam } from '../bots/bots.controller';
import type { DraftView } from '../bots/bots.service';
import { BotsService } from '../bots/bots.service';
import { parseRequest } from '../http/parse-request';
import {
  type PublishResult,
  type VersionDetail,
  VersionsService,
  type VersionSummary,
} from './versions.service';

const numberParam = { name: 'number', description: 'The version number (1, 2, …)' };

/** Publishing, the versions of a bot, and what changed between them. */
@ApiTags('versions')
@Controller('api/v1/bots/:botId')
export class VersionsController {
  constructor(
    private readonly versions: VersionsService,
    private readonly bots: BotsService,
  ) {}

  @Post('publish')
  @Allow('admin', 'editor')
  @ApiParam(botIdParam)
  @ApiOperation({
    summary:
      'Publishes the draft as the next version and deploys it (default: staging); 422 lists its problems or failing conversation tests',
  })
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        note: { type: 'string' },
        revision: { type: 'integer' },
        environment: { type: 'string', nullable: true },
        overrideTests: {
          type: 'object',
          description: 'Admins: publish although conversation tests fail (audited)',
          properties: { reason: { type: 'string', maxLength: 500 } },
        },
      },
    },
  })
  publish(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Body() body: unknown,
  ): Promise<PublishResult> {
    const request = parseRequest(publishSchema, body ?? {});
    if (request.overrideTests !== undefined && caller.role !== 'admin') {
      throw new ForbiddenException('Only an admin may publish despite failing conversation tests');
    }
    return this.versions.publish(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      request,
      caller,
    );
  }

  @Get('versions')
  @Allow('admin', 'editor', 'agent', 'viewer')
  @ApiParam(botIdParam)
  @ApiOperation({ summary: 'Lists the published versions, newest first' })
  list(@CurrentCaller() caller: Caller, @Param('botId') botId: string): Promise<VersionSummary[]> {
    return this.versions.list(caller.workspaceId, parseRequest(botIdSchema, botId));
  }

  // Declared before `versions/:number` so that "diff" is not read as a number.
  @Get('versions/diff')
  @Allow('admin', 'editor', 'agent', 'viewer')
  @ApiParam(botIdParam)
  @ApiQuery({ name: 'from', description: 'version number' })
  @ApiQuery({ name: 'to', required: false, description: 'version number, or `draft` (default)' })
  @ApiOperation({ summary: 'Nodes, edges, settings and declarations changed between two versions' })
  diff(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Query() query: unknown,
  ): Promise<BotDiff> {
    const { from, to } = parseRequest(diffQuerySchema, query);
    return this.versions.diff(caller.workspaceId, parseRequest(botIdSchema, botId), from, to);
  }

  @Get('versions/:number')
  @Allow('admin', 'editor', 'agent', 'viewer')
  @ApiParam(botIdParam)
  @ApiParam(numberParam)
  @ApiOperation({ summary: 'One version with its document' })
  get(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Param('number') number: string,
  ): Promise<VersionDetail> {
    return this.versions.get(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      parseRequest(versionNumberParamSchema, number),
    );
  }

  @Post('versions/:number/restore')
  @Allow('admin', 'editor')
  @ApiParam(botIdParam)
  @ApiParam(numberParam)
  @ApiOperation({ summary: "Makes the version's document the draft again" })
  async restore(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Param('number') number: string,
  ): Promise<DraftView> {
    const bot = await this.versions.restore(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      parseRequest(versionNumberParamSchema, number),
      caller,
    );
    return {
      revision: bot.draftRevision,
      document: bot.draft,
      problems: this.bots.validate(bot.draft),
    };
  }
}
