import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { MASTER_KEY } from '../config/config.module';

/** How long a customer's app may keep talking with one token. */
export const CONVERSATION_TOKEN_TTL_SECONDS = 7 * 24 * 3600;

/**
 * Tokens that let a customer's app (not a studio user) post to and read one
 * conversation: `<conversation id>.<expiry>.<HMAC-SHA256>`, keyed by a key
 * derived from the master key, so they survive restarts and work on every
 * replica without a table.
 */
@Injectable()
export class ConversationTokenService {
  private readonly key: Buffer;

  constructor(@Inject(MASTER_KEY) masterKey: Buffer) {
    this.key = createHmac('sha256', masterKey).update('parley:conversation-token:v1').digest();
  }

  sign(conversationId: string, now = Date.now()): string {
    const expires = Math.floor(now / 1000) + CONVERSATION_TOKEN_TTL_SECONDS;
    return `${conversationId}.${expires}.${this.mac(conversationId, expires)}`;
  }

  /** Whether `token` is a current token of exactly this conversation. */
  verify(token: string | undefined, conversationId: string, now = Date.now()): boolean {
    if (!token) return false;
    const [id, expiresText, mac, ...rest] = token.split('.');
    if (rest.length > 0 || id !== conversationId || !expiresText || !mac) return false;
    const expires = Number(expiresText);
    if (!Number.isSafeInteger(expires) || expires * 1000 <= now) return false;
    const expected = Buffer.from(this.mac(id, expires));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private mac(conversationId: string, expires: number): string {
    return createHmac('sha256', this.key)
      .update(`${conversationId}.${expires}`)
      .digest('base64url');
  }
}
