import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  type MessageFields,
  messageColumns,
  type StoredMessage,
  toStoredMessage,
} from './stored-message';

/** Reads of stored messages: a message's fate, a turn's replies, history since a point. */
@Injectable()
export class MessageReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** An inbound message by id: whether it was processed, and by which turn. */
  async inbound(
    conversationId: string,
    messageId: string,
  ): Promise<(StoredMessage & { turnId: string | null; processed: boolean }) | undefined> {
    const rows: (MessageFields & { turn_id: string | null; processed_at: Date | null })[] =
      await this.dataSource.query(
        `SELECT ${messageColumns}, turn_id, processed_at FROM chat_messages
         WHERE conversation_id = $1 AND id = $2`,
        [conversationId, messageId],
      );
    const row = rows[0];
    if (!row) return undefined;
    return { ...toStoredMessage(row), turnId: row.turn_id, processed: row.processed_at !== null };
  }

  /** The inbound message a client sent with `clientMessageId` before. */
  async byClientMessageId(conversationId: string, clientMessageId: string) {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM chat_messages WHERE conversation_id = $1 AND client_message_id = $2`,
      [conversationId, clientMessageId],
    );
    return rows[0] ? this.inbound(conversationId, rows[0].id) : undefined;
  }

  /** What the bot said in a turn, in order. */
  async replies(turnId: string): Promise<StoredMessage[]> {
    const rows: MessageFields[] = await this.dataSource.query(
      `SELECT ${messageColumns} FROM chat_messages
       WHERE turn_id = $1 AND direction = 'out' ORDER BY seq`,
      [turnId],
    );
    return rows.map(toStoredMessage);
  }

  /** Every message after `seq`, in order (at most `limit`). */
  async messagesAfter(
    conversationId: string,
    seq: number,
    limit: number,
  ): Promise<StoredMessage[]> {
    const rows: MessageFields[] = await this.dataSource.query(
      `SELECT ${messageColumns} FROM chat_messages
       WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [conversationId, seq, limit],
    );
    return rows.map(toStoredMessage);
  }

  /** Inbound messages waiting across all conversations (the queue-depth gauge). */
  async queueDepth(): Promise<number> {
    const rows: { depth: string | null }[] = await this.dataSource.query(
      `SELECT count(*) AS depth FROM chat_messages WHERE direction = 'in' AND processed_at IS NULL`,
    );
    return Number(rows[0]?.depth ?? 0);
  }
}
