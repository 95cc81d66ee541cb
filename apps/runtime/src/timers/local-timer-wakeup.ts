import { TimerSweeper } from './timer-sweeper';
import type { TimerFiring } from './timer-firing';
import { TimerWakeup } from './timer-wakeup';

/**
 * The in-process scheduler (no `REDIS_URL`): one setTimeout armed for the nearest
 * due time the database knows, re-armed when a nearer timer is committed here,
 * and a poll every `pollMs` for timers another replica scheduled.
 */
export class LocalTimerWakeup extends TimerWakeup {
  private readonly sweeper: TimerSweeper;

  constructor(firing: TimerFiring, pollMs: number) {
    super();
    this.sweeper = new TimerSweeper(firing, pollMs, true);
  }

  start(): void {
    this.sweeper.start();
  }

  scheduled(timer: { dueAt: Date }): void {
    this.sweeper.wakeAt(timer.dueAt.getTime());
  }

  sweepSoon(): void {
    this.sweeper.sweep();
  }

  close(): Promise<void> {
    return this.sweeper.close();
  }
}
