import type { BotDocument } from '@parley/flow';

/**
 * Parsed documents of versions by id, least recently used dropped first. Safe to
 * share between conversations: versions are immutable and the engine never
 * mutates the document it is given.
 */
export class ParsedDocumentCache {
  private readonly entries = new Map<string, BotDocument>();

  constructor(private readonly capacity: number) {}

  get(versionId: string): BotDocument | undefined {
    const doc = this.entries.get(versionId);
    if (doc) {
      // Re-inserting moves it to the end: Map keeps insertion order.
      this.entries.delete(versionId);
      this.entries.set(versionId, doc);
    }
    return doc;
  }

  set(versionId: string, doc: BotDocument): void {
    this.entries.delete(versionId);
    this.entries.set(versionId, doc);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}
