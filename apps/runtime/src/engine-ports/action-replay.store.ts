import type { HttpResponse } from '@parley/engine';

/** How long an answered write is remembered: longer than any turn and its retry. */
const REPLAY_MS = 10 * 60_000;
/** Enough for the writes of the busiest ten minutes of one process; oldest go first. */
const MAX_ENTRIES = 10_000;

/**
 * Writes this process has sent, by idempotency key, so a turn run again (after a
 * failed commit, say) gets the first answer instead of writing twice. A key in
 * flight is shared, so two calls with one key send one request.
 *
 * Only answers below 500 are kept: a 5xx or a failed connection may not have
 * written anything, and a later turn may send the same key again (the service
 * dedupes on the `Idempotency-Key` header; other replicas rely on that too).
 */
export class ActionReplayStore {
  private readonly entries = new Map<string, { reply: Promise<HttpResponse>; until: number }>();

  constructor(
    private readonly replayMs = REPLAY_MS,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  /** The answer of the write sent under `key`, sending it only the first time. */
  async once(key: string, send: () => Promise<HttpResponse>): Promise<HttpResponse> {
    const now = Date.now();
    this.prune(now);
    const known = this.entries.get(key);
    if (known !== undefined && known.until > now) return structuredClone(await known.reply);
    const reply = send();
    this.entries.set(key, { reply, until: now + this.replayMs });
    const forget = () => {
      if (this.entries.get(key)?.reply === reply) this.entries.delete(key);
    };
    void reply.then((answer) => (answer.status >= 500 ? forget() : undefined), forget);
    return structuredClone(await reply);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.entries) {
      // Insertion order is expiry order: stop at the first entry still valid.
      if (entry.until > now && this.entries.size < this.maxEntries) break;
      this.entries.delete(key);
    }
  }
}
