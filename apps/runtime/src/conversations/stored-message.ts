import type { MessageAuthor } from './chat-message.entity';
import type { Accepted, ConversationRow } from './conversation.store';

/** A stored message as the chat API returns it. */
export interface StoredMessage {
  id: string;
  seq: number;
  direction: 'in' | 'out';
  author: MessageAuthor;
  content: Record<string, unknown>;
  createdAt: string;
}

/** A message row's columns as SQL returns them. */
export interface MessageFields {
  id: string;
  seq: number;
  direction: 'in' | 'out';
  author: MessageAuthor;
  content: Record<string, unknown>;
  created_at: Date | string;
}

export function aliasedMessageColumns(table: string): string {
  return ['id', 'seq', 'direction', 'author', 'content', 'created_at']
    .map((column) => `${table}.${column} AS message_${column}`)
    .join(', ');
}

/** The columns of a message the chat API shows. */
export const messageColumns = `id, seq, direction, author, content, created_at`;

export function toStoredMessage(row: MessageFields): StoredMessage {
  return {
    id: row.id,
    seq: row.seq,
    direction: row.direction,
    author: row.author,
    content: row.content,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** Splits a row of `accept`/`create` into the conversation and the `message_`-prefixed message. */
export function splitAccepted(row: Record<string, unknown>): Accepted {
  const conversation: Record<string, unknown> = {};
  const message: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith('message_')) message[key.slice('message_'.length)] = value;
    else conversation[key] = value;
  }
  return {
    conversation: conversation as unknown as ConversationRow,
    message: toStoredMessage(message as unknown as MessageFields),
  };
}
