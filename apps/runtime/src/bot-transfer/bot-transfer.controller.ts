import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Caller, CurrentCaller } from '../auth/caller';
import { Allow } from '../auth/policy.decorator';
import { botIdSchema } from '../bots/bot-request.schema';
import { botIdParam } from '../bots/bots.controller';
import type { BotSummary } from '../bots/bots.service';
import { parseRequest } from '../http/parse-request';
import type { BotExportFile } from './bot-export.schema';
import { BotTransferService } from './bot-transfer.service';

/** A bot as one JSON file, in and out (docs/import-export.md). */
@ApiTags('bots')
@Controller('api/v1/bots')
export class BotTransferController {
  constructor(private readonly transfer: BotTransferService) {}

  @Get(':botId/export')
  @Allow('admin', 'editor')
  @ApiParam(botIdParam)
  @ApiOperation({
    summary: 'The bot as one file: draft, versions, environments; secret names only',
  })
  async export(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BotExportFile> {
    const file = await this.transfer.export(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      caller,
    );
    const id = typeof file.bot.draft.id === 'string' ? file.bot.draft.id : 'bot';
    void reply.header('content-disposition', `attachment; filename="${id}.parley.json"`);
    return file;
  }

  @Post('import')
  @Allow('admin', 'editor')
  @ApiOperation({
    summary: 'Creates a bot from an export file or a bare bot document; 422 lists every problem',
  })
  @ApiBody({ schema: { type: 'object' } })
  import(@CurrentCaller() caller: Caller, @Body() body: unknown): Promise<BotSummary> {
    return this.transfer.import(caller.workspaceId, body, caller);
  }
}
