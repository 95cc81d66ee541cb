import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { RetryBackoff } from './retry-backoff';
import type { TimerMetrics } from './timer.metrics';
import { claimById, claimNextDue, type DueTimer, nearestDueAt } from './timer-store';

/** Fires the timers of one kind, inside the transaction that claims the timer. */
export type TimerHandler = (timer: DueTimer, manager: EntityManager) => Promise<void>;

/** Timers fired at once by one sweep; each uses a connection of the pool. */
const SWEEP_CONCURRENCY = 2;

/**
 * Fires timers: each in one transaction that claims the row (`FOR UPDATE SKIP
 * LOCKED`, so replicas never fire the same timer), marks it fired and runs its
 * kind's handler with that transaction, so the handler's writes commit with the
 * claim. A failing handler rolls it all back: the timer stays due and is tried
 * again later ({@link RetryBackoff}). Only kinds with a handler here are claimed.
 */
export class TimerFiring {
  private readonly logger = new Logger('Timers');
  private readonly handlers = new Map<string, TimerHandler>();
  private readonly backoff = new RetryBackoff();
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics?: TimerMetrics,
  ) {}

  register(kind: string, handler: TimerHandler): void {
    if (this.handlers.has(kind)) throw new Error(`timer kind "${kind}" already has a handler`);
    this.handlers.set(kind, handler);
  }

  /** Stops claiming: a sweep in progress ends after the timers it is firing now. */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Fires due timers until none is left or `limit` were tried; whether some may be
   * left. Throws when the database cannot be reached (handler failures do not throw).
   */
  async fireDue(limit = 100): Promise<boolean> {
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return false;
    let tried = 0;
    let drained = false;
    const work = async () => {
      while (!drained && !this.stopped && tried < limit) {
        tried += 1;
        const claim = (manager: EntityManager) =>
          claimNextDue(manager, kinds, this.backoff.waiting());
        if ((await this.fire(claim)).outcome === 'none') drained = true;
      }
    };
    await Promise.all(Array.from({ length: SWEEP_CONCURRENCY }, work));
    return !drained && !this.stopped;
  }

  /**
   * Fires timer `id` if it is still unfired and due by `dueAt` (the time a queue
   * woke us for); a timer fired meanwhile, moved later or cancelled is skipped. A
   * failing handler's error is thrown after it is recorded, so the queue retries.
   */
  async fireById(id: string, dueAt: Date): Promise<'fired' | 'skipped'> {
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return 'skipped';
    const result = await this.fire((manager) => claimById(manager, id, dueAt, kinds));
    if (result.outcome === 'failed') throw result.error;
    return result.outcome === 'fired' ? 'fired' : 'skipped';
  }

  /**
   * When the next due timer (or retry) is, by this process' clock: the in-process
   * scheduler arms its wake-up for it.
   */
  async nextWakeAt(): Promise<number | undefined> {
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return undefined;
    const due = await nearestDueAt(this.dataSource.manager, kinds, this.backoff.waiting());
    const times = [due?.getTime(), this.backoff.nextRetryAt()].filter((t) => t !== undefined);
    return times.length > 0 ? Math.min(...times) : undefined;
  }

  /** One claim transaction. Throws only when claiming itself fails (the database is away). */
  private async fire(
    claim: (manager: EntityManager) => Promise<DueTimer | undefined>,
  ): Promise<{ outcome: 'fired' | 'none' } | { outcome: 'failed'; error: unknown }> {
    const claimed: { timer?: DueTimer; retryIn?: number } = {};
    try {
      await this.dataSource.transaction(async (manager) => {
        const timer = await claim(manager);
        if (!timer) return;
        // Another sweep of ours may have claimed it with a list of waiting timers made just
        // before this one failed: give the claim back rather than retry at once.
        if (this.backoff.waiting().includes(timer.id)) throw new ClaimReturned();
        claimed.timer = timer;
        try {
          await this.handlerOf(timer.kind)(timer, manager);
        } catch (error) {
          // Recorded before the rollback frees the row, so that no sweep of ours takes it at once.
          claimed.retryIn = this.backoff.failed(timer.id);
          throw error;
        }
      });
    } catch (error) {
      if (error instanceof ClaimReturned) return { outcome: 'none' };
      const { timer } = claimed;
      if (!timer) throw error;
      const delay = claimed.retryIn ?? this.backoff.failed(timer.id);
      this.logger.error(
        `timer ${timer.kind}/${timer.key} of ${timer.subjectId} failed, trying again in ${delay} ms: ${String(error)}`,
        error instanceof Error ? error.stack : undefined,
      );
      return { outcome: 'failed', error };
    }
    if (!claimed.timer) return { outcome: 'none' };
    this.backoff.succeeded(claimed.timer.id);
    this.metrics?.fired(claimed.timer.kind);
    return { outcome: 'fired' };
  }

  private handlerOf(kind: string): TimerHandler {
    const handler = this.handlers.get(kind);
    // Only registered kinds are claimed, and handlers are never removed.
    if (!handler) throw new Error(`no handler for timer kind "${kind}"`);
    return handler;
  }
}

/** Rolls a claim back: the timer is waiting out its retry delay. */
class ClaimReturned extends Error {}
