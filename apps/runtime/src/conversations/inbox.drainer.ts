import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { ConversationNotifier } from './conversation.notifier';
import { type ConversationRow, ConversationStore, type PendingMessage } from './conversation.store';
import { type ProcessedTurn, TurnProcessor } from './turn.processor';

/** Names this process in lease owners, so a stuck lease says whose it is. */
const processName = `${hostname()}:${process.pid}`;

/**
 * Runs a conversation's inbound messages one at a time, in order, under its
 * lease. Whoever stores a message and finds the lease free runs the inbox; the
 * others wait for their replies. The lease is renewed while a turn waits on a
 * slow port, and handed over inside the last commit, so a message stored at
 * any moment is either seen by the holder or finds the lease free.
 */
@Injectable()
export class InboxDrainer {
  private readonly logger = new Logger(InboxDrainer.name);
  private readonly running = new Set<Promise<void>>();

  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly store: ConversationStore,
    private readonly processor: TurnProcessor,
    private readonly notifier: ConversationNotifier,
  ) {}

  /** A fresh lease owner name. */
  newLeaseOwner(): string {
    return `${processName}:${randomUUID()}`;
  }

  /**
   * Takes the conversation's lease if its inbox holds messages and nobody holds
   * it, and runs them. Safe to call any time from anywhere.
   */
  async drain(conversationId: string): Promise<void> {
    const owner = this.newLeaseOwner();
    const conversation = await this.store.acquire(conversationId, owner, this.config.turns.leaseMs);
    if (conversation) await this.run(conversation, owner);
  }

  /**
   * Runs the inbox of a conversation whose lease `owner` holds, starting with
   * `first` when the caller knows it is the oldest waiting message. Resolves to
   * the turn of `first` (when it ran here).
   */
  run(
    conversation: ConversationRow,
    owner: string,
    first?: PendingMessage,
  ): Promise<ProcessedTurn | undefined> {
    const work = this.loop(conversation, owner, first);
    const tracked = work.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(tracked);
    void tracked.finally(() => this.running.delete(tracked));
    return work;
  }

  /** Resolves when every inbox being run here has stopped (graceful shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.running]);
  }

  private async loop(
    start: ConversationRow,
    owner: string,
    first?: PendingMessage,
  ): Promise<ProcessedTurn | undefined> {
    const heartbeat = setInterval(
      () => {
        void this.store.renew(start.id, owner, this.config.turns.leaseMs).catch(() => false);
      },
      Math.max(100, Math.floor(this.config.turns.leaseMs / 3)),
    );
    heartbeat.unref();
    let conversation = start;
    let firstTurn: ProcessedTurn | undefined;
    try {
      for (let message = first; ; message = undefined) {
        const next = message ?? (await this.store.nextPending(conversation.id));
        if (!next) {
          await this.store.release(conversation.id, owner);
          return firstTurn;
        }
        const turn = await this.processor.process(conversation, next, owner);
        if (!turn) return firstTurn;
        if (message) firstTurn = turn;
        this.notifier.announce(conversation.id);
        if (turn.released) return firstTurn;
        // Only the lease holder changes the state, so the commit's view of it is current.
        conversation = turn.conversation;
      }
    } catch (error) {
      // The lease runs out and another replica (or the sweeper) tries again.
      this.logger.error(`Inbox of conversation ${conversation.id} stopped: ${String(error)}`);
      await this.store.release(conversation.id, owner).catch(() => undefined);
      throw error;
    } finally {
      clearInterval(heartbeat);
    }
  }
}
