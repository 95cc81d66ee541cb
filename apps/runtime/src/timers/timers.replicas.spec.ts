import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type FreshDatabase, freshDatabase } from '../testing/fresh-database';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { eventually, recorder, sleep, timerCounts } from '../testing/timer-test-kit';
import { type DueTimer, TimersService } from './timers.service';

/** Long enough that only the scheduler's own wake-up (or a start) can fire a timer in a test. */
const NO_POLL = { PARLEY_TIMER_POLL_MS: '600000' };

describe('timers across restarts and replicas, in-process scheduler', () => {
  let database: FreshDatabase;
  const runtimes: TestRuntime[] = [];
  const start = async (env: Record<string, string>) => {
    const runtime = await startTestRuntime({ DATABASE_URL: database.url, ...env });
    runtimes.push(runtime);
    return runtime;
  };

  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(async () => {
    await Promise.all(runtimes.map((runtime) => runtime.close()));
    await database.drop();
  });

  it('wakes for a committed timer without waiting for the poll', async () => {
    const runtime = await start(NO_POLL);
    const timers = runtime.app.get(TimersService);
    const kind = `test-${randomUUID()}`;
    const { fired, handler } = recorder();
    timers.onDue(kind, handler);
    await runtime.app.get(DataSource).transaction((manager) =>
      timers.schedule(manager, {
        subjectId: randomUUID(),
        kind,
        key: 'k',
        dueAt: new Date(Date.now() + 300),
      }),
    );
    await eventually('the timer to fire', () => fired.length === 1);
    await runtime.close();
  });

  it('fires a timer that fell due while the runtime was stopped, once, after the restart', async () => {
    const kind = `test-${randomUUID()}`;
    const first = await start(NO_POLL);
    const dueAt = new Date(Date.now() + 1500);
    await first.app
      .get(DataSource)
      .transaction((manager) =>
        first.app
          .get(TimersService)
          .schedule(manager, { subjectId: randomUUID(), kind, key: 'k', dueAt }),
      );
    await first.close();
    await sleep(dueAt.getTime() - Date.now() + 200);

    const second = await start(NO_POLL);
    const { fired, handler } = recorder();
    second.app.get(TimersService).onDue(kind, handler);
    await eventually('the overdue timer to fire', () => fired.length > 0);
    await sleep(300);
    expect(fired).toHaveLength(1);
    expect(fired[0]?.dueAt.getTime()).toBe(dueAt.getTime());
    expect(await timerCounts(second.app.get(DataSource), kind)).toEqual({ total: 1, fired: 1 });
  });

  it('fires each of 50 timers exactly once with two runtimes on one database', async () => {
    const kind = `test-${randomUUID()}`;
    const env = { PARLEY_TIMER_POLL_MS: '100' };
    const pair = [await start(env), await start(env)];
    const firedBy = new Map<string, number[]>();
    pair.forEach((runtime, index) => {
      runtime.app.get(TimersService).onDue(kind, async (timer: DueTimer) => {
        // Holds the claim a little, so both runtimes sweep while the other is firing.
        await sleep(10);
        firedBy.set(timer.id, [...(firedBy.get(timer.id) ?? []), index]);
      });
    });
    const [one] = pair;
    if (!one) throw new Error('no runtime');
    const db = one.app.get(DataSource);
    const dueAt = new Date(Date.now() + 1000);
    const ids = await db.transaction(async (manager) => {
      const scheduled: string[] = [];
      for (let n = 0; n < 50; n += 1) {
        scheduled.push(
          await one.app
            .get(TimersService)
            .schedule(manager, { subjectId: randomUUID(), kind, key: `k${n}`, dueAt }),
        );
      }
      return scheduled;
    });

    await eventually(
      'all 50 timers to fire',
      async () => (await timerCounts(db, kind)).fired === 50,
    );
    await sleep(500);
    expect([...firedBy.keys()].sort()).toEqual([...ids].sort());
    expect([...firedBy.values()].filter((runs) => runs.length !== 1)).toEqual([]);
  });
});
