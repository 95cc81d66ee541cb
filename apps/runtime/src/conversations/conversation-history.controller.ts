import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { type Caller, CurrentCaller } from '../auth/caller';
import { Allow } from '../auth/policy.decorator';
import { botIdSchema } from '../bots/bot-request.schema';
import { parseRequest } from '../http/parse-request';
import {
  ConversationHistoryService,
  type ConversationSummary,
  type TurnView,
} from './conversation-history.service';

const listSchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.iso.datetime({ offset: true }).optional(),
});

/** Staff read a bot's conversations and each turn's trace (what ran, why, with which data). */
@ApiTags('conversations')
@Controller('api/v1/bots/:botId/conversations')
export class ConversationHistoryController {
  constructor(private readonly history: ConversationHistoryService) {}

  @Get()
  @Allow('admin', 'editor', 'agent', 'viewer')
  @ApiParam({ name: 'botId' })
  @ApiQuery({ name: 'limit', required: false, description: '1–200, default 50' })
  @ApiQuery({ name: 'before', required: false, description: 'ISO date-time: older ones only' })
  @ApiOperation({ summary: "The bot's conversations, newest first" })
  list(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Query() query: unknown,
  ): Promise<ConversationSummary[]> {
    const options = parseRequest(listSchema, query);
    return this.history.list(caller.workspaceId, parseRequest(botIdSchema, botId), options);
  }

  @Get(':conversationId/turns')
  @Allow('admin', 'editor', 'agent')
  @ApiParam({ name: 'botId' })
  @ApiParam({ name: 'conversationId' })
  @ApiOperation({ summary: "A conversation's turns, in order, each with its trace" })
  turns(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Param('conversationId') conversationId: string,
  ): Promise<TurnView[]> {
    return this.history.turns(
      caller.workspaceId,
      parseRequest(botIdSchema, botId),
      parseRequest(botIdSchema, conversationId),
    );
  }
}
