import { EventEmitter } from 'node:events';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { CONVERSATION_CHANNEL } from './conversation.store';

const RECONNECT_MS = 1_000;
/** Announcements gathered into one NOTIFY statement; a waiter elsewhere hears within about this. */
const BATCH_MS = 10;

/**
 * Tells whoever waits on a conversation that it has new messages, on every
 * replica: announcements go out at once in this process and, gathered every few
 * milliseconds, as PostgreSQL notifications that one listening connection per
 * process turns into local events. Not sent from inside the turn's commit: a
 * transaction that notifies holds a database-wide lock through its commit,
 * which would put every turn of every replica in single file. Waiters still
 * poll now and then, so a lost notification only delays them.
 */
@Injectable()
export class ConversationNotifier implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ConversationNotifier.name);
  private readonly events = new EventEmitter().setMaxListeners(0);
  private client: pg.Client | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private listenedBefore = false;
  private readonly outgoing = new Set<string>();
  private flushing: NodeJS.Timeout | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.flushing);
    await this.flush();
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
  }

  /** Announces new messages of a conversation in this process only. */
  announceLocally(conversationId: string): void {
    this.events.emit(conversationId);
  }

  /** Announces new messages of a conversation, here at once and to other replicas shortly. */
  announce(conversationId: string): void {
    this.events.emit(conversationId);
    this.outgoing.add(conversationId);
    this.flushing ??= setTimeout(() => void this.flush(), BATCH_MS);
  }

  private async flush(): Promise<void> {
    this.flushing = undefined;
    const ids = [...this.outgoing];
    this.outgoing.clear();
    if (ids.length === 0 || this.closed) return;
    await this.dataSource
      .query(`SELECT pg_notify('${CONVERSATION_CHANNEL}', id) FROM unnest($1::text[]) AS id`, [ids])
      .catch((error: unknown) => this.logger.warn(`Notifications not sent: ${String(error)}`));
  }

  /** Calls `listener` on every announcement for the conversation until the returned function is called. */
  subscribe(conversationId: string, listener: () => void): () => void {
    this.events.on(conversationId, listener);
    return () => this.events.off(conversationId, listener);
  }

  /**
   * Resolves on the conversation's next announcement (`true`) or after `ms`
   * (`false`). Subscribe before checking the database, then wait: `next` returns
   * the waiter already subscribed.
   */
  next(conversationId: string, ms: number): { done: Promise<boolean>; cancel: () => void } {
    let cancel: () => void = () => undefined;
    const done = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => finish(false), ms);
      const unsubscribe = this.subscribe(conversationId, () => finish(true));
      function finish(notified: boolean) {
        clearTimeout(timer);
        unsubscribe();
        resolve(notified);
      }
      cancel = () => finish(false);
    });
    return { done, cancel };
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const options = this.dataSource.options as { url?: string };
    const client = new pg.Client({
      connectionString: options.url,
      application_name: 'parley-notifier',
    });
    client.on('notification', (message) => {
      if (message.payload) this.events.emit(message.payload);
    });
    client.on('error', (error) => {
      this.logger.warn(`Notification connection failed: ${error.message}; reconnecting`);
      this.scheduleReconnect(client);
    });
    client.on('end', () => this.scheduleReconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CONVERSATION_CHANNEL}`);
      const reconnected = this.listenedBefore;
      this.client = client;
      this.listenedBefore = true;
      // Notifications sent while we were not listening are gone: everyone listening here looks again.
      if (reconnected) for (const id of this.events.eventNames()) this.events.emit(id);
    } catch (error) {
      this.logger.warn(`Cannot listen for conversation notifications: ${String(error)}`);
      this.scheduleReconnect(client);
    }
  }

  private scheduleReconnect(client: pg.Client): void {
    if (this.closed || this.reconnectTimer || (this.client && this.client !== client)) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.connect();
    }, RECONNECT_MS);
    this.reconnectTimer.unref();
  }
}
