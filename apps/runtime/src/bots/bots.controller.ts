import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Problem } from '@parley/flow';
import type { FastifyReply } from 'fastify';
import { type Caller, CurrentCaller } from '../auth/caller';
import { Allow } from '../auth/policy.decorator';
import { parseRequest } from '../http/parse-request';
import { botIdSchema, createBotSchema, saveDraftSchema } from './bot-request.schema';
import { BotsService, type BotSummary, type DraftView } from './bots.service';

export const botIdParam = { name: 'botId', description: 'The bot id (a UUID)' };

/** Bots of the caller's workspace and their drafts. */
@ApiTags('bots')
@Controller('api/v1/bots')
export class BotsController {
  constructor(private readonly bots: BotsService) {}

  @Get()
  @Allow('admin', 'editor', 'agent', 'viewer')
  @ApiOperation({
    summary: "Lists the workspace's bots with their latest version and environments",
  })
  list(@CurrentCaller() caller: Caller): Promise<BotSummary[]> {
    return this.bots.list(caller.workspaceId);
  }

  @Post()
  @Allow('admin', 'editor')
  @ApiOperation({ summary: 'Creates a bot, from a document or a starter one' })
  @ApiBody({ schema: { type: 'object', required: ['name'] } })
  async create(@CurrentCaller() caller: Caller, @Body() body: unknown): Promise<BotSummary> {
    const { name, document } = parseRequest(createBotSchema, body);
    const bot = await this.bots.create(caller.workspaceId, name, document, caller);
    return this.bots.summary(caller.workspaceId, bot.id);
  }

  @Post('validate')
  @HttpCode(200)
  @Allow('admin', 'editor')
  @ApiOperation({ summary: 'Lists every problem of a bot document (empty when it is valid)' })
  @ApiBody({ description: 'A bot document (docs/bot-document.md)', schema: { type: 'object' } })
  @ApiOkResponse({
    description: '`{ problems: Problem[] }`, each with code, severity, path and message',
  })
  validate(@Body() document: unknown): { problems: Problem[] } {
    return { problems: this.bots.validate(document) };
  }

  @Get(':botId')
  @Allow('admin', 'editor', 'agent', 'viewer')
  @ApiParam(botIdParam)
  @ApiOperation({ summary: 'One bot' })
  get(@CurrentCaller() caller: Caller, @Param('botId') botId: string): Promise<BotSummary> {
    return this.bots.summary(caller.workspaceId, parseRequest(botIdSchema, botId));
  }

  @Delete(':botId')
  @HttpCode(204)
  @Allow('admin')
  @ApiParam(botIdParam)
  @ApiOperation({ summary: 'Deletes a bot with its versions and environments' })
  async delete(@CurrentCaller() caller: Caller, @Param('botId') botId: string): Promise<void> {
    await this.bots.delete(caller.workspaceId, parseRequest(botIdSchema, botId), caller);
  }

  @Get(':botId/draft')
  @Allow('admin', 'editor', 'agent', 'viewer')
  @ApiParam(botIdParam)
  @ApiOperation({ summary: 'The draft document, its revision (also the ETag) and its problems' })
  async draft(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DraftView> {
    const draft = await this.bots.draft(caller.workspaceId, parseRequest(botIdSchema, botId));
    void reply.header('etag', `"${draft.revision}"`);
    return draft;
  }

  @Put(':botId/draft')
  @Allow('admin', 'editor')
  @ApiParam(botIdParam)
  @ApiOperation({
    summary: 'Saves the draft if it is still at `revision`; otherwise 409 with the current one',
  })
  @ApiBody({ schema: { type: 'object', required: ['revision', 'document'] } })
  async saveDraft(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DraftView> {
    const id = parseRequest(botIdSchema, botId);
    const { revision, document } = parseRequest(saveDraftSchema, body);
    const bot = await this.bots.saveDraft(caller.workspaceId, id, document, revision, caller);
    void reply.header('etag', `"${bot.draftRevision}"`);
    return {
      revision: bot.draftRevision,
      document: bot.draft,
      problems: this.bots.validate(bot.draft),
    };
  }
}
