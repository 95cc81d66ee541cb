import { Logger } from '@nestjs/common';
import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { z } from 'zod';
import type { TimerFiring } from './timer-firing';
import { TimerSweeper } from './timer-sweeper';
import { TimerWakeup } from './timer-wakeup';

const QUEUE_NAME = 'timers';
/** Timer jobs one runtime runs at once; each holds a database connection while it fires. */
const CONCURRENCY = 4;
/** The sweep behind the queue runs this many times less often than the in-process poll. */
const SWEEP_FACTOR = 6;
/** How long a stop waits for jobs being queued; an add waits for Redis as long as it is away. */
const ADDS_GRACE_MS = 2000;
/** At most one warning about the Redis connection this often. */
const WARN_EVERY_MS = 30_000;

const jobDataSchema = z.object({ timerId: z.string(), dueAt: z.number() });

/**
 * BullMQ (`REDIS_URL`): one delayed job per scheduled due time, run by whichever
 * replica's worker takes it, which claims the timer by id (a job for a timer fired,
 * moved or cancelled since is a no-op). The database stays the source of truth: a
 * sweep at start and every `6 × pollMs` fires overdue timers whose job Redis lost.
 */
export class QueueTimerWakeup extends TimerWakeup {
  private readonly logger = new Logger('Timers');
  private readonly queueConnection: Redis;
  private readonly workerConnection: Redis;
  private readonly queue: Queue;
  private readonly worker: Worker;
  private readonly sweeper: TimerSweeper;
  private readonly adding = new Set<Promise<unknown>>();
  private started = false;
  private lastWarnedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly firing: TimerFiring,
    redisUrl: string,
    redisPrefix: string,
    pollMs: number,
  ) {
    super();
    // BullMQ puts the colon after its prefix itself: keys read `<PARLEY_REDIS_PREFIX>timers:…`.
    const prefix = redisPrefix.replace(/:+$/, '') || 'parley';
    this.queueConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.workerConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.queue = new Queue(QUEUE_NAME, {
      connection: this.queueConnection,
      prefix,
      defaultJobOptions: {
        // Removed when done, so the same timer id and due time can be queued again after a re-arm.
        removeOnComplete: true,
        removeOnFail: true,
        attempts: 8,
        backoff: { type: 'exponential', delay: 1000 },
      },
    });
    this.worker = new Worker(QUEUE_NAME, (job) => this.process(job), {
      connection: this.workerConnection,
      prefix,
      concurrency: CONCURRENCY,
      autorun: false,
    });
    // Without listeners a lost Redis connection would be an unhandled 'error' event.
    this.queue.on('error', (error) => this.warnRarely(`timer queue: ${String(error)}`));
    this.worker.on('error', (error) => this.warnRarely(`timer worker: ${String(error)}`));
    this.sweeper = new TimerSweeper(firing, pollMs * SWEEP_FACTOR, false);
  }

  start(): void {
    if (!this.started) {
      this.started = true;
      this.worker.run().catch((error: unknown) => {
        this.logger.error(`timer worker stopped: ${String(error)}`);
      });
    }
    this.sweeper.start();
  }

  scheduled(timer: { id: string; dueAt: Date }): void {
    const dueAt = timer.dueAt.getTime();
    const adding = this.queue
      .add(
        'fire',
        { timerId: timer.id, dueAt },
        { jobId: `${timer.id}-${dueAt}`, delay: Math.max(dueAt - Date.now(), 0) },
      )
      // The timer is committed; the sweep fires it if it cannot be queued.
      .catch((error: unknown) => this.logger.warn(`could not queue a timer: ${String(error)}`))
      .finally(() => this.adding.delete(adding));
    this.adding.add(adding);
  }

  sweepSoon(): void {
    this.sweeper.sweep();
  }

  async close(): Promise<void> {
    await this.sweeper.close();
    // Lets the jobs it is running finish; the database is still open. (Not awaiting `run()`:
    // it never settles while Redis is unreachable.)
    // A connection Redis already dropped makes these reject; shutting down goes on regardless.
    await this.worker.close().catch((error: unknown) => this.closeFailed('worker', error));
    await settledWithin(Promise.all(this.adding), ADDS_GRACE_MS);
    await this.queue.close().catch((error: unknown) => this.closeFailed('queue', error));
    await Promise.all(
      [this.queueConnection, this.workerConnection].map((redis) =>
        redis.quit().catch(() => redis.disconnect()),
      ),
    );
  }

  private closeFailed(what: string, error: unknown): void {
    this.logger.warn(`closing the timer ${what} failed: ${String(error)}`);
  }

  // Every connection retry reports the same error while Redis is away.
  private warnRarely(message: string): void {
    const now = Date.now();
    if (now - this.lastWarnedAt < WARN_EVERY_MS) return;
    this.lastWarnedAt = now;
    this.logger.warn(message);
  }

  private async process(job: Job): Promise<void> {
    const { timerId, dueAt } = jobDataSchema.parse(job.data);
    await this.firing.fireById(timerId, new Date(dueAt));
  }
}

/** Waits for `promise`, but no longer than `ms`. */
async function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timeout: NodeJS.Timeout | undefined;
  await Promise.race([
    promise,
    new Promise((resolve) => {
      timeout = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timeout);
}
