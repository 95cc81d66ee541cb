import { io } from 'socket.io-client';
import { type ChatMessage, parseMessage } from './chat-message';
import { ChatHttpError, parseSent, type SendBody, type SentMessage } from './chat-http';

/** What the live connection reports to the session. */
export interface ChatLinkHandlers {
  message(message: ChatMessage): void;
  botTyping(typing: boolean): void;
  status(status: string): void;
  /** `online` once connected; `reconnecting` while the connection is lost or not yet made. */
  connection(state: 'online' | 'reconnecting'): void;
  /** The runtime refused the conversation (its HTTP status: 401 expired token, 403 origin, 404). */
  refused(status: number, message: string): void;
}

/** A live connection to one conversation. */
export interface ChatLink {
  readonly online: boolean;
  send(body: SendBody & { clientMessageId: string }): Promise<SentMessage>;
  close(): void;
}

export interface ChatLinkOptions {
  baseUrl: string;
  token: string;
  /** The last `seq` the widget has, read on every (re)connect so the runtime replays what was missed. */
  after: () => number;
  handlers: ChatLinkHandlers;
}

export type ChatLinkFactory = (options: ChatLinkOptions) => ChatLink;

/** How long a message may wait for the runtime's answer before the widget gives up on it. */
const ACK_TIMEOUT_MS = 30_000;

/** The socket.io `/chat` namespace (docs/chat-api.md), reconnecting by itself. */
export const connectSocket: ChatLinkFactory = ({ baseUrl, token, after, handlers }) => {
  const socket = io(`${baseUrl}/chat`, {
    // The auth callback runs on every attempt, so a reconnect resumes after the last message.
    auth: (callback) => callback({ token, after: after() }),
    // Long-polling needs sticky sessions and CORS on the polling endpoint; the HTTP API covers it.
    transports: ['websocket'],
    reconnectionDelay: 1_000,
    reconnectionDelayMax: 10_000,
    withCredentials: false,
  });

  socket.on('connect', () => handlers.connection('online'));
  socket.on('disconnect', () => handlers.connection('reconnecting'));
  socket.on('connect_error', (error: Error & { data?: { status?: unknown } }) => {
    const status = typeof error.data?.status === 'number' ? error.data.status : 0;
    // A refusal from the runtime is final; a transport error is retried by socket.io.
    if (status > 0 && !socket.active) handlers.refused(status, error.message);
    else handlers.connection('reconnecting');
  });
  socket.on('message', (raw: unknown) => {
    const message = parseMessage(raw);
    if (message) handlers.message(message);
  });
  socket.on('typing', (event: { typing?: unknown; author?: unknown }) => {
    if (event.author === 'bot' || event.author === 'agent')
      handlers.botTyping(event.typing === true);
  });
  socket.on('status', (event: { status?: unknown }) => {
    if (typeof event.status === 'string') handlers.status(event.status);
  });

  return {
    get online() {
      return socket.connected;
    },
    async send(body) {
      let reply: unknown;
      try {
        reply = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('message', body);
      } catch {
        throw new ChatHttpError(0, 'The message could not be sent');
      }
      const error = (reply as { error?: { status?: unknown; message?: unknown } } | null)?.error;
      if (error) {
        throw new ChatHttpError(
          typeof error.status === 'number' ? error.status : 500,
          typeof error.message === 'string' ? error.message : 'The message was not accepted',
        );
      }
      return parseSent(reply);
    },
    close() {
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
};
