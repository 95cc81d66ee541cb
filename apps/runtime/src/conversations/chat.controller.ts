import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpException,
  HttpStatus,
  Inject,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/policy.decorator';
import { botIdSchema } from '../bots/bot-request.schema';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { parseRequest } from '../http/parse-request';
import {
  listMessagesSchema,
  sendMessageSchema,
  startConversationSchema,
} from './chat-request.schema';
import {
  ConversationsService,
  type StartedConversation,
  type TurnReply,
} from './conversations.service';

const botParam = { name: 'botId', description: 'The bot id (a UUID)' };
const conversationParam = { name: 'conversationId', description: 'From the start call' };
const conversationIdSchema = botIdSchema;

/**
 * The chat API customers' apps, tests and the widget talk to. No studio
 * credentials: a conversation's token (from the start call, as a Bearer token)
 * opens that conversation and nothing else.
 */
@ApiTags('chat')
@Public()
@Controller('api/v1/bots/:botId/conversations')
export class ChatController {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly limiter: RateLimiter,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Post()
  @ApiParam(botParam)
  @ApiOperation({
    summary:
      'Starts a conversation in an environment (default production): id, token, first messages',
  })
  @ApiBody({ schema: { type: 'object' } })
  async start(
    @Param('botId') botId: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StartedConversation> {
    await this.limit(reply, `chat:ip:${request.ip}`, this.config.chatRateLimits.perAddress);
    const checked = parseRequest(startConversationSchema, body ?? {});
    return this.conversations.start(parseRequest(botIdSchema, botId), checked);
  }

  @Post(':conversationId/messages')
  @HttpCode(200)
  @ApiParam(botParam)
  @ApiParam(conversationParam)
  @ApiOperation({
    summary:
      "Sends the customer's message; answers with its turn's replies (202 if they are not ready yet)",
  })
  @ApiBody({ schema: { type: 'object' } })
  async send(
    @Param('botId') botId: string,
    @Param('conversationId') conversationId: string,
    @Headers('authorization') authorization: string | undefined,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TurnReply> {
    const id = parseRequest(conversationIdSchema, conversationId);
    await this.limit(reply, `chat:ip:${request.ip}`, this.config.chatRateLimits.perAddress);
    await this.limit(reply, `chat:conversation:${id}`, this.config.chatRateLimits.perConversation);
    const message = parseRequest(sendMessageSchema, body);
    const result = await this.conversations.send(
      parseRequest(botIdSchema, botId),
      id,
      bearer(authorization),
      message,
    );
    if (result.pending) void reply.status(HttpStatus.ACCEPTED);
    return result;
  }

  @Get(':conversationId/messages')
  @ApiParam(botParam)
  @ApiParam(conversationParam)
  @ApiOperation({ summary: 'Every message after `after` (a sequence number), and the status' })
  messages(
    @Param('botId') botId: string,
    @Param('conversationId') conversationId: string,
    @Headers('authorization') authorization: string | undefined,
    @Query() query: unknown,
  ) {
    const { after, limit } = parseRequest(listMessagesSchema, query);
    return this.conversations.messages(
      parseRequest(botIdSchema, botId),
      parseRequest(conversationIdSchema, conversationId),
      bearer(authorization),
      after,
      limit,
    );
  }

  /** 429 with `Retry-After` past `perMinute` requests a minute under `key` (0: no limit). */
  private async limit(reply: FastifyReply, key: string, perMinute: number): Promise<void> {
    if (perMinute === 0) return;
    const result = await this.limiter.hit(key, perMinute, 60_000);
    if (result.allowed) return;
    void reply.header('retry-after', String(result.retryAfterSeconds));
    throw new HttpException('Too many messages; slow down and try again shortly', 429);
  }
}

function bearer(authorization: string | undefined): string | undefined {
  return /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
}
