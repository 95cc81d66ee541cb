import {
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AfterCommit } from './after-commit';
import { TimerFiring, type TimerHandler } from './timer-firing';
import { deleteTimers, type TimerSpec, upsertTimer } from './timer-store';
import { TimerWakeup } from './timer-wakeup';

export type { DueTimer, TimerSpec } from './timer-store';
export type { TimerHandler } from './timer-firing';

/**
 * Persisted timers (ask timeouts, conversation inactivity) that fire once, even
 * with several replicas on one database, and after a restart.
 *
 * A timer is scheduled and cancelled in the caller's transaction, so it exists
 * exactly when the caller's change does. It fires by its kind's handler, inside
 * the transaction that claims it, so the handler's writes commit with the firing:
 *
 * ```ts
 * timers.onDue('inactivity', async (timer, manager) => {
 *   await manager.update(Conversation, timer.subjectId, { status: 'abandoned' });
 * });
 * await dataSource.transaction(async (manager) => {
 *   await timers.schedule(manager, { subjectId, kind: 'inactivity', key: 'idle', dueAt });
 * });
 * ```
 *
 * A handler that throws rolls its firing back; the timer stays due and is tried
 * again after 1 s, 2 s, 4 s… (at most 5 minutes apart). A handler runs while the
 * timer's row is locked, and a caller that locks the subject (the conversation)
 * and then schedules waits for that row: a handler that locks the subject too
 * should not wait for it (`NOWAIT`, then throw to be retried), or the two orders
 * can deadlock and PostgreSQL aborts one of them.
 */
@Injectable()
export class TimersService implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly firing: TimerFiring,
    private readonly wakeup: TimerWakeup,
    private readonly afterCommit: AfterCommit,
  ) {}

  /**
   * Schedules a timer in `manager`'s transaction: a new one, or the one with the
   * same subject, kind and key moved to `dueAt` (re-armed if it had fired). The
   * scheduler hears of it once the transaction commits. Resolves to the timer's id.
   */
  async schedule(manager: EntityManager, timer: TimerSpec): Promise<string> {
    const id = await upsertTimer(manager, timer);
    this.afterCommit.defer(manager, () => this.notifyScheduled({ id, dueAt: timer.dueAt }));
    return id;
  }

  /**
   * Cancels the subject's timers: all, those of `kind`, or of `kind` with one of
   * `keys` (an empty `keys` cancels none). Resolves to how many were cancelled.
   */
  cancel(
    manager: EntityManager,
    subjectId: string,
    kind?: string,
    keys?: string[],
  ): Promise<number> {
    const conditions = ['TRUE'];
    const parameters: unknown[] = [subjectId];
    if (kind !== undefined) {
      parameters.push(kind);
      conditions.push(`"kind" = $${parameters.length}`);
    }
    if (keys !== undefined) {
      parameters.push(keys);
      conditions.push(`"key" = ANY($${parameters.length}::text[])`);
    }
    return deleteTimers(manager, conditions.join(' AND '), parameters);
  }

  /** Cancels the subject's timers of `kind` but those with a key in `keepKeys`; how many. */
  cancelAllExcept(
    manager: EntityManager,
    subjectId: string,
    kind: string,
    keepKeys: string[],
  ): Promise<number> {
    return deleteTimers(manager, `"kind" = $2 AND NOT ("key" = ANY($3::text[]))`, [
      subjectId,
      kind,
      keepKeys,
    ]);
  }

  /**
   * Runs `run` once `manager`'s transaction has committed (at once outside one), and
   * never if it rolls back: for what a handler's writes should set going elsewhere.
   */
  runAfterCommit(manager: EntityManager, run: () => void): void {
    this.afterCommit.defer(manager, run);
  }

  /**
   * Registers the handler of a kind (once per kind). Timers of a kind are only
   * fired where it has a handler; those already due fire right away.
   */
  onDue(kind: string, handler: TimerHandler): void {
    this.firing.register(kind, handler);
    this.wakeup.sweepSoon();
  }

  /**
   * Tells the scheduler a timer was committed, so it wakes for it in time.
   * {@link schedule} calls it after the commit; call it yourself only for timers
   * written some other way.
   */
  notifyScheduled(timer: { id: string; dueAt: Date }): void {
    this.wakeup.scheduled(timer);
  }

  onApplicationBootstrap(): void {
    this.wakeup.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.afterCommit.detach();
    this.firing.stop();
    await this.wakeup.close();
  }
}
