import { Injectable, Logger } from '@nestjs/common';
import { ConversationNotifier } from '../conversations/conversation.notifier';
import { ConversationStore } from '../conversations/conversation.store';
import { MessageReader } from '../conversations/message.reader';
import { ConversationFeed, type FeedListener, type FeedSources } from './conversation-feed';

/**
 * One {@link ConversationFeed} per conversation that has listeners on this
 * process: made by the first, closed with the last, so a conversation nobody
 * watches here costs nothing.
 */
@Injectable()
export class ConversationFeeds {
  private readonly feeds = new Map<string, ConversationFeed>();
  private readonly sources: FeedSources;

  constructor(store: ConversationStore, reader: MessageReader, notifier: ConversationNotifier) {
    this.sources = { store, reader, notifier, logger: new Logger(ConversationFeeds.name) };
  }

  /**
   * Sends `listener` the conversation's messages after `after` (from now on
   * without it), each once and in order. Call the returned function to stop.
   */
  follow(conversationId: string, listener: FeedListener, after?: number): () => void {
    let feed = this.feeds.get(conversationId);
    if (!feed) {
      feed = new ConversationFeed(conversationId, this.sources);
      this.feeds.set(conversationId, feed);
    }
    feed.add(listener, after);
    const joined = feed;
    return () => {
      if (!joined.remove(listener)) return;
      joined.close();
      if (this.feeds.get(conversationId) === joined) this.feeds.delete(conversationId);
    };
  }

  /** How many conversations are followed here (for tests and metrics). */
  get size(): number {
    return this.feeds.size;
  }

  closeAll(): void {
    for (const feed of this.feeds.values()) feed.close();
    this.feeds.clear();
  }
}
