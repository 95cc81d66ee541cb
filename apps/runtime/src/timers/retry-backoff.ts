const FIRST_DELAY_MS = 1000;
const LONGEST_DELAY_MS = 5 * 60_000;

/**
 * When to try again a timer whose handler failed: after 1 s, then twice as long
 * each time up to 5 minutes, so a failing handler is retried without spinning.
 * Kept in memory: after a restart a failing timer is tried once more at once.
 */
export class RetryBackoff {
  private readonly failing = new Map<string, { failures: number; retryAt: number }>();

  /** Records a failure of timer `id`; the delay until its next try. */
  failed(id: string, now = Date.now()): number {
    const failures = (this.failing.get(id)?.failures ?? 0) + 1;
    const delay = Math.min(FIRST_DELAY_MS * 2 ** (failures - 1), LONGEST_DELAY_MS);
    this.failing.set(id, { failures, retryAt: now + delay });
    return delay;
  }

  succeeded(id: string): void {
    this.failing.delete(id);
  }

  /** Ids not to try before their delay is over. */
  waiting(now = Date.now()): string[] {
    this.forgetStale(now);
    return [...this.failing].filter(([, entry]) => entry.retryAt > now).map(([id]) => id);
  }

  /** The earliest time a waiting timer may be tried again, if any is waiting. */
  nextRetryAt(now = Date.now()): number | undefined {
    const times = [...this.failing.values()].map((entry) => entry.retryAt).filter((t) => t > now);
    return times.length > 0 ? Math.min(...times) : undefined;
  }

  // A timer cancelled or fired elsewhere after failing here is never reported back.
  private forgetStale(now: number): void {
    for (const [id, entry] of this.failing) {
      if (entry.retryAt + LONGEST_DELAY_MS < now) this.failing.delete(id);
    }
  }
}
