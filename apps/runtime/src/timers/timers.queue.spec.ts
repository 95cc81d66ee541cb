import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { findFreePort } from '../database/free-port';
import { migrations } from '../database/migrations/migrations';
import { runMigrations } from '../database/run-migrations';
import { type FreshDatabase, freshDatabase } from '../testing/fresh-database';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { QueueTimerWakeup } from './queue-timer-wakeup';
import { TimerFiring } from './timer-firing';
import { upsertTimer } from './timer-store';
import { eventually, recorder, sleep, timerCounts } from '../testing/timer-test-kit';
import { type DueTimer, TimersService } from './timers.service';

const REDIS_URL = 'redis://127.0.0.1:6379';

describe('timers run by BullMQ (REDIS_URL)', () => {
  const prefix = `parley-test:${randomUUID()}:`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true });
  let database: FreshDatabase;
  const runtimes: TestRuntime[] = [];
  /** A runtime on this file's database and Redis prefix; `pollMs` sets the sweep (6×) behind the queue. */
  const start = async (pollMs = 600_000) => {
    const runtime = await startTestRuntime({
      DATABASE_URL: database.url,
      REDIS_URL,
      PARLEY_REDIS_PREFIX: prefix,
      PARLEY_TIMER_POLL_MS: String(pollMs),
    });
    runtimes.push(runtime);
    return runtime;
  };
  const schedule = (runtime: TestRuntime, kind: string, dueAt: Date, key = 'k') =>
    runtime.app
      .get(DataSource)
      .transaction((manager) =>
        runtime.app
          .get(TimersService)
          .schedule(manager, { subjectId: randomUUID(), kind, key, dueAt }),
      );

  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(async () => {
    try {
      await Promise.all(runtimes.map((runtime) => runtime.close()));
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
    } finally {
      await redis.quit();
      await database.drop();
    }
  });

  it('fires a committed timer once through its delayed job, under the Redis prefix', async () => {
    // The sweep runs every hour here: only the queued job can fire the timer in time.
    const runtime = await start();
    const kind = `test-${randomUUID()}`;
    const { fired, handler } = recorder();
    runtime.app.get(TimersService).onDue(kind, handler);
    const id = await schedule(runtime, kind, new Date(Date.now() + 500));

    await eventually(
      'the job to be queued',
      async () => (await redis.keys(`${prefix}timers:*`)).length > 0,
    );
    await eventually('the timer to fire', () => fired.length > 0);
    await sleep(300);
    expect(fired.map((timer) => timer.id)).toEqual([id]);
    expect(await timerCounts(runtime.app.get(DataSource), kind)).toEqual({ total: 1, fired: 1 });
    await runtime.close();
  });

  it('fires a timer whose job was queued before a stop, once, after the restart', async () => {
    const kind = `test-${randomUUID()}`;
    const first = await start();
    const dueAt = new Date(Date.now() + 1500);
    await schedule(first, kind, dueAt);
    await first.close();
    await sleep(dueAt.getTime() - Date.now() + 200);

    const second = await start();
    const { fired, handler } = recorder();
    second.app.get(TimersService).onDue(kind, handler);
    await eventually('the overdue timer to fire', () => fired.length > 0);
    await sleep(500);
    expect(fired).toHaveLength(1);
    expect(await timerCounts(second.app.get(DataSource), kind)).toEqual({ total: 1, fired: 1 });
    await second.close();
  });

  it('fires, by the sweep, a due timer that has no job in Redis', async () => {
    const runtime = await start(100);
    const kind = `test-${randomUUID()}`;
    const { fired, handler } = recorder();
    runtime.app.get(TimersService).onDue(kind, handler);
    // Written behind the service's back: as if Redis had lost the job.
    await runtime.app
      .get(DataSource)
      .query(
        `INSERT INTO "timers" ("subject_id", "kind", "key", "due_at") VALUES ($1, $2, 'k', now() + interval '300 milliseconds')`,
        [randomUUID(), kind],
      );
    await eventually('the sweep to fire the timer', () => fired.length > 0);
    expect(fired).toHaveLength(1);
    await runtime.close();
  });

  it('fires each of 50 timers exactly once with two runtimes sharing Redis and the database', async () => {
    const kind = `test-${randomUUID()}`;
    const pair = [await start(), await start()];
    const firedBy = new Map<string, number[]>();
    pair.forEach((runtime, index) => {
      runtime.app.get(TimersService).onDue(kind, async (timer: DueTimer) => {
        await sleep(10);
        firedBy.set(timer.id, [...(firedBy.get(timer.id) ?? []), index]);
      });
    });
    const [one] = pair;
    if (!one) throw new Error('no runtime');
    const dueAt = new Date(Date.now() + 1000);
    const ids: string[] = [];
    for (let n = 0; n < 50; n += 1) ids.push(await schedule(one, kind, dueAt, `k${n}`));

    const db = one.app.get(DataSource);
    await eventually(
      'all 50 timers to fire',
      async () => (await timerCounts(db, kind)).fired === 50,
    );
    await sleep(500);
    expect([...firedBy.keys()].sort()).toEqual([...ids].sort());
    expect([...firedBy.values()].filter((runs) => runs.length !== 1)).toEqual([]);
  });

  it('still fires by the sweep, and stops, while Redis is unreachable', async () => {
    // The scheduler alone, with nothing listening on its Redis port.
    const dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations,
    }).initialize();
    await runMigrations(dataSource);
    const firing = new TimerFiring(dataSource);
    const wakeup = new QueueTimerWakeup(
      firing,
      `redis://127.0.0.1:${await findFreePort()}`,
      prefix,
      100,
    );
    try {
      const kind = `test-${randomUUID()}`;
      const { fired, handler } = recorder();
      firing.register(kind, handler);
      wakeup.start();
      const subjectId = randomUUID();
      for (const [key, ms] of [
        ['soon', 200],
        ['later', 60_000],
      ] as const) {
        const dueAt = new Date(Date.now() + ms);
        wakeup.scheduled({
          id: await upsertTimer(dataSource.manager, { subjectId, kind, key, dueAt }),
          dueAt,
        });
      }
      await eventually('the sweep to fire the timer', () => fired.length > 0);
      expect(fired.map((timer) => timer.key)).toEqual(['soon']);
    } finally {
      await wakeup.close();
      await dataSource.destroy();
    }
  });
});
