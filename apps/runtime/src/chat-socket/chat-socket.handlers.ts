import { HttpException, Inject, Injectable, Logger } from '@nestjs/common';
import type { Socket } from 'socket.io';
import { z } from 'zod';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { sendMessageSchema } from '../conversations/chat-request.schema';
import { ConversationsService, type TurnReply } from '../conversations/conversations.service';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { parseRequest } from '../http/parse-request';
import {
  type AckError,
  type ChatSocketData,
  type ClientToServerEvents,
  conversationRoom,
  type InterServerEvents,
  type ServerToClientEvents,
} from './chat-socket.events';

export type ChatSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  ChatSocketData
>;

const typingSchema = z.strictObject({ typing: z.boolean() });

/**
 * What a connected client may do: send a message (taken exactly as the HTTP
 * API takes it, answered in the ack with the HTTP answer's body) and say it is
 * typing.
 */
@Injectable()
export class ChatSocketHandlers {
  private readonly logger = new Logger(ChatSocketHandlers.name);

  constructor(
    private readonly conversations: ConversationsService,
    private readonly limiter: RateLimiter,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async message(socket: ChatSocket, body: unknown, ack: unknown): Promise<void> {
    const answer = typeof ack === 'function' ? (ack as (reply: unknown) => void) : undefined;
    const { conversationId, botId, token } = socket.data;
    const room = socket.nsp.to(conversationRoom(conversationId));
    let reply: TurnReply | AckError;
    let typing = false;
    try {
      const request = parseRequest(sendMessageSchema, body);
      await this.limit(conversationId);
      // The room on every replica sees the bot "typing" while the turn runs.
      room.emit('typing', { typing: true, author: 'bot' });
      typing = true;
      reply = await this.conversations.send(botId, conversationId, token, request);
    } catch (error) {
      reply = this.ackError(error);
    }
    if (typing) room.emit('typing', { typing: false, author: 'bot' });
    answer?.(reply);
  }

  /** The customer is typing: tell the others in the conversation (agents), not the sender. */
  typing(socket: ChatSocket, body: unknown): void {
    const parsed = typingSchema.safeParse(body);
    if (!parsed.success) return;
    socket
      .to(conversationRoom(socket.data.conversationId))
      .emit('typing', { typing: parsed.data.typing, author: 'customer' });
  }

  /**
   * The HTTP API's per-conversation limit, on the same counter: a client cannot
   * double its budget by using both. The per-address limit stays with the HTTP
   * API, where conversations are started (each socket belongs to one of them).
   */
  private async limit(conversationId: string): Promise<void> {
    const perMinute = this.config.chatRateLimits.perConversation;
    if (perMinute === 0) return;
    const result = await this.limiter.hit(`chat:conversation:${conversationId}`, perMinute, 60_000);
    if (!result.allowed) throw new TooManyMessages(result.retryAfterSeconds);
  }

  private ackError(error: unknown): AckError {
    if (error instanceof TooManyMessages) {
      return {
        error: {
          status: 429,
          message: 'Too many messages; slow down and try again shortly',
          retryAfterSeconds: error.retryAfterSeconds,
        },
      };
    }
    if (error instanceof HttpException) {
      const response = error.getResponse();
      const details = typeof response === 'object' ? (response as Record<string, unknown>) : {};
      const message = typeof details.message === 'string' ? details.message : error.message;
      const problems = details.problems as AckError['error']['problems'];
      return { error: { status: error.getStatus(), message, ...(problems ? { problems } : {}) } };
    }
    this.logger.error(`A chat socket message failed: ${String(error)}`);
    return { error: { status: 500, message: 'Internal server error' } };
  }
}

class TooManyMessages extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many messages');
  }
}
