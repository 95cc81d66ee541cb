import type { StoredMessage } from '../conversations/conversation.store';

/**
 * The socket.io namespace of the chat API. A client that reconnects by itself
 * should pass `auth` as a function (`(cb) => cb({ token, after: lastSeq })`):
 * socket.io calls it on every attempt, so each reconnect resumes where it left off.
 */
export const CHAT_NAMESPACE = '/chat';

/** The room of a conversation's sockets (on every replica, through the adapter). */
export function conversationRoom(conversationId: string): string {
  return `conversation:${conversationId}`;
}

/** Who is typing: the bot while a turn runs, the customer (for agents), later an agent. */
export interface TypingEvent {
  typing: boolean;
  author: 'bot' | 'customer';
}

/** What an ack carries when a message was not taken: the HTTP status and message it would get. */
export interface AckError {
  error: {
    status: number;
    message: string;
    problems?: { path: string; message: string }[];
    retryAfterSeconds?: number;
  };
}

/** What a client sends. Arguments are whatever the client sent: they are checked, not trusted. */
export interface ClientToServerEvents {
  message: (body: unknown, ack: unknown) => void;
  typing: (body: unknown) => void;
}

/** What the server sends. */
export interface ServerToClientEvents {
  /** Every new message of the conversation, once, in `seq` order. */
  message: (message: StoredMessage) => void;
  typing: (event: TypingEvent) => void;
  /** The conversation's status: once on connect, then whenever it changes. */
  status: (event: { status: string }) => void;
}

/** Nothing goes between replicas but the adapter's own broadcasts. */
export type InterServerEvents = Record<string, never>;

/** What the handshake established, kept on the socket. */
export interface ChatSocketData {
  conversationId: string;
  botId: string;
  token: string;
  /** The last `seq` the client has; missed messages after it are sent on connect. */
  after?: number;
}
