import { Logger } from '@nestjs/common';
import type { TimerFiring } from './timer-firing';

/** setTimeout's longest delay (about 24.8 days); a later wake-up is re-armed by the sweep. */
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;
/** How soon to look again at a due timer that another replica is firing right now. */
const RECHECK_MS = 1000;

/**
 * Fires due timers every `intervalMs`, on demand, and (for the in-process
 * scheduler) at the time {@link TimerSweeper.wakeAt} asks for: one setTimeout,
 * armed for the nearest time anyone asked. One sweep runs at a time; a request
 * during a sweep runs another right after it.
 */
export class TimerSweeper {
  private readonly logger = new Logger('Timers');
  private interval?: NodeJS.Timeout;
  private alarm?: { at: number; timeout: NodeJS.Timeout };
  private running?: Promise<void>;
  private again = false;
  private state: 'new' | 'started' | 'closed' = 'new';

  constructor(
    private readonly firing: TimerFiring,
    private readonly intervalMs: number,
    /** Whether to arm a wake-up for the nearest due timer after each sweep. */
    private readonly followNextDue: boolean,
  ) {}

  start(): void {
    if (this.state !== 'new') return;
    this.state = 'started';
    this.interval = setInterval(() => this.sweep(), this.intervalMs);
    this.interval.unref();
    this.sweep();
  }

  /** Sweeps at `at` (ms since the epoch) unless a wake-up is already armed before then. */
  wakeAt(at: number): void {
    if (this.state === 'closed' || (this.alarm && this.alarm.at <= at)) return;
    if (this.alarm) clearTimeout(this.alarm.timeout);
    const delay = Math.min(Math.max(at - Date.now(), 0), LONGEST_TIMEOUT_MS);
    const timeout = setTimeout(() => {
      this.alarm = undefined;
      this.sweep();
    }, delay);
    timeout.unref();
    this.alarm = { at, timeout };
  }

  sweep(): void {
    if (this.state !== 'started') return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.fireAll().finally(() => {
      this.running = undefined;
      if (!this.again) return;
      this.again = false;
      this.sweep();
    });
  }

  async close(): Promise<void> {
    this.state = 'closed';
    clearInterval(this.interval);
    if (this.alarm) clearTimeout(this.alarm.timeout);
    this.alarm = undefined;
    await this.running;
  }

  private async fireAll(): Promise<void> {
    try {
      while (this.state === 'started' && (await this.firing.fireDue())) {
        // More were due than one round takes: go on.
      }
      if (!this.followNextDue || this.state !== 'started') return;
      const next = await this.firing.nextWakeAt();
      // One still due now is being fired by another replica (it holds the row): look again soon.
      if (next !== undefined) this.wakeAt(Math.max(next, Date.now() + RECHECK_MS));
    } catch (error) {
      // The database is away (or closing): the next interval tries again.
      if (this.state === 'started') this.logger.warn(`timer sweep failed: ${String(error)}`);
    }
  }
}
