/**
 * What makes the runtime fire timers when they are due: an in-process scheduler,
 * or BullMQ when `REDIS_URL` is set. Either way the database decides what fires
 * ({@link TimerFiring}); a wake-up only says when to look.
 */
export abstract class TimerWakeup {
  /** Starts waking; timers already overdue fire promptly. */
  abstract start(): void;
  /** A timer with this id and due time has been committed. */
  abstract scheduled(timer: { id: string; dueAt: Date }): void;
  /** Looks for due timers now (a handler was just registered). */
  abstract sweepSoon(): void;
  /** Stops waking, lets a firing in progress finish, and releases connections. */
  abstract close(): Promise<void>;
}
