import type { Server as HttpServer } from 'node:http';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type Namespace, Server } from 'socket.io';
import { ChannelOrigins } from '../channels/channel-origins';
import { ORIGIN_REFUSED } from '../channels/origin-policy';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { ChatSocketAuth, ChatSocketRefusal } from './chat-socket.auth';
import {
  CHAT_NAMESPACE,
  type ChatSocketData,
  type ClientToServerEvents,
  conversationRoom,
  type InterServerEvents,
  type ServerToClientEvents,
} from './chat-socket.events';
import { type ChatSocket, ChatSocketHandlers } from './chat-socket.handlers';
import { type ChatSocketRedis, chatSocketRedis } from './chat-socket.redis';
import { ConversationFeeds } from './conversation-feeds';

type ChatServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  ChatSocketData
>;

/**
 * The chat API over socket.io (namespace `/chat`), on the runtime's own HTTP
 * server: a plain socket.io server attached to the server Fastify listens on,
 * rather than Nest's websocket adapter.
 *
 * Messages reach sockets through {@link ConversationFeeds}, never through the
 * adapter: every replica hears every conversation's announcements from
 * PostgreSQL and reads the new messages itself, so each replica sends them to
 * its own sockets only. Broadcasting them to the room through the Redis adapter
 * as well would deliver each one once per replica. The adapter (with
 * `REDIS_URL`) carries what exists nowhere else: typing, which is not stored.
 */
@Injectable()
export class ChatSocketServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ChatSocketServer.name);
  private io: ChatServer | undefined;
  private redis: ChatSocketRedis | undefined;
  private closing = false;
  /** Namespaces other modules add to this server (the simulator's), and their set-up. */
  private readonly extensions: ((io: Server) => Namespace)[] = [];
  private readonly extended: Namespace[] = [];

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly auth: ChatSocketAuth,
    private readonly handlers: ChatSocketHandlers,
    private readonly feeds: ConversationFeeds,
    private readonly origins: ChannelOrigins,
  ) {}

  onApplicationBootstrap(): void {
    // An application without an HTTP server (a command-line context) has no sockets.
    const httpServer = this.adapterHost.httpAdapter?.getHttpServer() as HttpServer | undefined;
    if (!httpServer) return;
    this.redis = this.config.redisUrl
      ? chatSocketRedis(this.config.redisUrl, this.config.redisPrefix, this.logger)
      : undefined;
    const io: ChatServer = new Server(httpServer, {
      serveClient: false,
      maxHttpBufferSize: this.config.bodyLimitBytes,
      // Once shutdown starts, clients are sent to another replica instead.
      allowRequest: (_request, callback) =>
        callback(this.closing ? 'The server is shutting down' : null, !this.closing),
      // Long polling from a channel's website needs CORS before any conversation is named;
      // the namespace then checks the origin against the conversation's own channel.
      cors: {
        origin: (origin, callback) => {
          if (!origin) return callback(null, false);
          this.origins.anyChannel().then(
            (allowed) => callback(null, allowed.has(origin)),
            () => callback(null, false),
          );
        },
        methods: ['GET', 'POST'],
      },
      ...(this.redis ? { adapter: this.redis.adapter } : {}),
    });
    io.use((_socket, next) => next(new Error(`Connect to the ${CHAT_NAMESPACE} namespace`)));
    const chat = io.of(CHAT_NAMESPACE);
    chat.use((socket, next) => {
      this.auth
        .authenticate(socket.handshake.auth)
        .then(async (data) => {
          await this.checkOrigin(socket.handshake.headers, data.conversationId);
          return data;
        })
        .then(
          (data) => {
            socket.data = data;
            next();
          },
          (error: unknown) => {
            if (error instanceof ChatSocketRefusal) return next(error);
            // A fault of ours (the database, say): the client retries; the details stay in the log.
            this.logger.error(`A chat socket could not be opened: ${String(error)}`);
            next(new ChatSocketRefusal(503, 'The conversation cannot be opened now; try again'));
          },
        );
    });
    chat.on('connection', (socket) => this.connected(socket));
    this.io = io;
    for (const setup of this.extensions) this.extended.push(setup(io));
  }

  /**
   * Adds a namespace to the runtime's one socket.io server (one per HTTP server:
   * a second one would answer the same `/socket.io/` requests). `setup` runs once
   * the server exists; it shares the Redis adapter and the shutdown.
   */
  attachNamespace(setup: (io: Server) => Namespace): void {
    if (this.io) this.extended.push(setup(this.io));
    else this.extensions.push(setup);
  }

  /**
   * Closes every connection before the HTTP server closes (an open one would
   * keep it from closing). Closing the connection, not disconnecting the socket,
   * makes clients reconnect (to another replica), and with `after` they lose nothing.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    const io = this.io;
    this.io = undefined;
    this.feeds.closeAll();
    if (io) {
      // Not `io.close()`: that also closes the HTTP server, which is Fastify's to close.
      io.engine.close();
      for (const namespace of [io.of('/'), io.of(CHAT_NAMESPACE), ...this.extended]) {
        await Promise.resolve(namespace.adapter.close()).catch(() => undefined);
      }
    }
    await this.redis?.close();
  }

  /** The widget contract's origin rule, as for the HTTP chat routes (channel-origin.hook). */
  private async checkOrigin(
    headers: { origin?: string | string[]; host?: string | string[] },
    conversationId: string,
  ): Promise<void> {
    if (!headers.origin) return;
    const allowed = await this.origins.ofConversation(conversationId);
    if (allowed && !this.origins.allows(this.origins.context(headers), allowed)) {
      throw new ChatSocketRefusal(403, ORIGIN_REFUSED);
    }
  }

  private connected(socket: ChatSocket): void {
    const { conversationId, after } = socket.data;
    // The room is for what the adapter carries (typing); messages come from the feed.
    void socket.join(conversationRoom(conversationId));
    const stop = this.feeds.follow(
      conversationId,
      {
        message: (message) => socket.emit('message', message),
        status: (status) => socket.emit('status', { status }),
        // Closing the connection (not the socket) makes the client reconnect and resume.
        failed: () => socket.conn.close(),
      },
      after,
    );
    socket.on('disconnect', stop);
    socket.on('message', (body, ack) => void this.handlers.message(socket, body, ack));
    socket.on('typing', (body) => this.handlers.typing(socket, body));
  }
}
