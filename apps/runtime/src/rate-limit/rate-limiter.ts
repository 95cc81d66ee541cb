/** What one counted attempt found. */
export interface RateLimitResult {
  /** Whether this attempt is within the limit. */
  allowed: boolean;
  /** Whole seconds until the window resets (for `Retry-After`). */
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters: `hit` counts one attempt under `key` and says whether it
 * is within `limit` attempts per `windowMs`. In memory, or in Redis when several
 * runtimes must share the counts.
 */
export abstract class RateLimiter {
  abstract hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
  /** Releases connections; called when the app closes. */
  abstract close(): Promise<void>;
}

/** Counts in this process only: for a single runtime without `REDIS_URL`. */
export class MemoryRateLimiter extends RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      this.sweep(now);
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return Promise.resolve({
      allowed: window.count <= limit,
      retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)),
    });
  }

  close(): Promise<void> {
    this.windows.clear();
    return Promise.resolve();
  }

  // Drops expired windows now and then, so one-off client addresses do not pile up.
  private sweep(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
