import type { Logger } from '@nestjs/common';
import type { ConversationNotifier } from '../conversations/conversation.notifier';
import type { ConversationStore, StoredMessage } from '../conversations/conversation.store';
import type { MessageReader } from '../conversations/message.reader';

/** Messages read per query; a longer backlog is read page by page. */
const PAGE = 200;
/** After a failed read, look again this soon even if nothing is announced. */
const RETRY_MS = 1_000;

/** Who receives a conversation's messages (a socket, here). */
export interface FeedListener {
  message(message: StoredMessage): void;
  status(status: string): void;
  /** The listener's catch-up could not be read: it should reconnect and resume. */
  failed(reason: string): void;
}

/** What a feed reads and listens to. */
export interface FeedSources {
  store: ConversationStore;
  reader: MessageReader;
  notifier: ConversationNotifier;
  logger: Logger;
}

interface Member {
  /** The last `seq` this listener has been sent (or had before it connected). */
  seen: number;
  /** Whether its catch-up is done: until then, new messages wait for it in the catch-up. */
  ready: boolean;
}

/**
 * The messages of one conversation, for the listeners on this process: on
 * every announcement (a turn committed here or, through PostgreSQL, on another
 * replica) it reads the messages after the last one it sent and sends each
 * listener those past its own point. All reads of a feed run one after the
 * other, so every listener gets each message once and in `seq` order, whoever
 * wrote it (a turn, a timer, an agent) and wherever.
 *
 * Seqs are handed out under the conversation row's lock and committed in that
 * order, so what a read sees after a seq has no gaps that a later read could fill.
 */
export class ConversationFeed {
  private readonly members = new Map<FeedListener, Member>();
  private readonly unsubscribe: () => void;
  /** The last seq read and sent; set when the first listener is caught up. */
  private lastSeq: number | undefined;
  private status: string | undefined;
  private queue: Promise<void> = Promise.resolve();
  private pumpQueued = false;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly conversationId: string,
    private readonly sources: FeedSources,
  ) {
    this.unsubscribe = sources.notifier.subscribe(conversationId, () => this.pump());
  }

  /**
   * Sends `listener` the messages after `after` (none of the past without it),
   * then every new one.
   */
  add(listener: FeedListener, after?: number): void {
    const member: Member = { seen: 0, ready: false };
    this.members.set(listener, member);
    this.enqueue(
      () => this.catchUp(listener, member, after),
      (error) => listener.failed(`Missed messages could not be read: ${String(error)}`),
    );
    // Whatever was committed between the client's last look and the subscription.
    this.pump();
  }

  /** Stops sending to `listener`; `true` when the feed has no listener left. */
  remove(listener: FeedListener): boolean {
    this.members.delete(listener);
    return this.members.size === 0;
  }

  close(): void {
    this.closed = true;
    this.members.clear();
    clearTimeout(this.retry);
    this.unsubscribe();
  }

  private async catchUp(listener: FeedListener, member: Member, after?: number): Promise<void> {
    if (!this.members.has(listener)) return;
    if (this.lastSeq === undefined) {
      // The feed starts at the end; each listener is caught up from its own point below.
      const conversation = await this.sources.store.conversation(this.conversationId);
      this.lastSeq = conversation?.last_seq ?? 0;
      this.status = conversation?.status;
    }
    const until = this.lastSeq;
    member.seen = after ?? until;
    while (member.seen < until) {
      const page = await this.sources.reader.messagesAfter(this.conversationId, member.seen, PAGE);
      for (const message of page) {
        if (message.seq > until) break;
        listener.message(message);
        member.seen = message.seq;
      }
      if (page.length < PAGE) break;
    }
    member.ready = true;
    if (this.status !== undefined) listener.status(this.status);
  }

  /** Reads what is new, soon; announcements that arrive meanwhile make one more read. */
  private pump(): void {
    if (this.pumpQueued || this.closed) return;
    this.pumpQueued = true;
    this.enqueue(
      async () => {
        this.pumpQueued = false;
        await this.readNew();
      },
      () => {
        clearTimeout(this.retry);
        this.retry = setTimeout(() => this.pump(), RETRY_MS);
        this.retry.unref();
      },
    );
  }

  private async readNew(): Promise<void> {
    if (this.lastSeq === undefined) return;
    // Read before the messages: a status is never newer than the messages read after it.
    const conversation = await this.sources.store.conversation(this.conversationId);
    for (;;) {
      const page = await this.sources.reader.messagesAfter(this.conversationId, this.lastSeq, PAGE);
      for (const message of page) {
        for (const [listener, member] of this.members) {
          if (!member.ready || message.seq <= member.seen) continue;
          listener.message(message);
          member.seen = message.seq;
        }
        this.lastSeq = message.seq;
      }
      if (page.length < PAGE || this.closed) break;
    }
    if (conversation && conversation.status !== this.status) {
      this.status = conversation.status;
      for (const [listener, member] of this.members) {
        if (member.ready) listener.status(conversation.status);
      }
    }
  }

  private enqueue(task: () => Promise<void>, onError: (error: unknown) => void): void {
    this.queue = this.queue.then(async () => {
      if (this.closed) return;
      try {
        await task();
      } catch (error) {
        if (this.closed) return;
        this.sources.logger.warn(
          `Messages of conversation ${this.conversationId} not read for its sockets: ${String(error)}`,
        );
        onError(error);
      }
    });
  }
}
