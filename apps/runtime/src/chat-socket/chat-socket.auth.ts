import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { botIdSchema } from '../bots/bot-request.schema';
import { ConversationTokenService } from '../conversations/conversation-token.service';
import { ConversationStore } from '../conversations/conversation.store';
import type { ChatSocketData } from './chat-socket.events';

/** `io(url + '/chat', { auth })`: the conversation token, and optionally the bot and a resume point. */
const handshakeSchema = z.strictObject({
  token: z.string().min(1).max(1_024),
  botId: botIdSchema.optional(),
  after: z.number().int().min(0).optional(),
});

/**
 * Why a connection was refused. socket.io hands the message and `data` to the
 * client's `connect_error`; the status is the one the HTTP API would answer.
 */
export class ChatSocketRefusal extends Error {
  override readonly name = 'ChatSocketRefusal';
  readonly data: { status: number };

  constructor(status: number, message: string) {
    super(message);
    this.data = { status };
  }
}

/**
 * Checks a handshake the way the chat API checks a request: the conversation
 * token opens its own conversation and nothing else. The token starts with the
 * conversation's id, so the client needs to send nothing more.
 */
@Injectable()
export class ChatSocketAuth {
  constructor(
    private readonly tokens: ConversationTokenService,
    private readonly store: ConversationStore,
  ) {}

  async authenticate(auth: unknown): Promise<ChatSocketData> {
    const parsed = handshakeSchema.safeParse(auth ?? {}, { reportInput: false });
    if (!parsed.success) {
      const problems = parsed.error.issues
        .map((issue) => `${issue.path.map(String).join('.') || 'auth'} ${issue.message}`)
        .join('; ');
      throw new ChatSocketRefusal(400, `Connect with auth { token, botId?, after? }: ${problems}`);
    }
    const { token, botId, after } = parsed.data;
    const conversationId = token.split('.')[0] ?? '';
    if (!this.tokens.verify(token, conversationId)) {
      throw new ChatSocketRefusal(
        401,
        'A valid conversation token is required (it may have expired: start a new conversation)',
      );
    }
    const conversation = await this.store.conversation(conversationId);
    if (!conversation || (botId !== undefined && conversation.bot_id !== botId)) {
      throw new ChatSocketRefusal(404, `No conversation ${conversationId} for this bot`);
    }
    return {
      conversationId,
      botId: conversation.bot_id,
      token,
      ...(after === undefined ? {} : { after }),
    };
  }
}
