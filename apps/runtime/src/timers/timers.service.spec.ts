import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type FreshDatabase, freshDatabase } from '../testing/fresh-database';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { eventually, recorder, sleep, timerCounts } from '../testing/timer-test-kit';
import { TimersService } from './timers.service';

const POLL_MS = 100;

describe('timers, in-process scheduler', () => {
  let database: FreshDatabase;
  let runtime: TestRuntime;
  let timers: TimersService;
  let db: DataSource;

  beforeAll(async () => {
    // A database of its own: no other test's runtime can fire these timers.
    database = await freshDatabase();
    runtime = await startTestRuntime({
      DATABASE_URL: database.url,
      PARLEY_TIMER_POLL_MS: String(POLL_MS),
    });
    timers = runtime.app.get(TimersService);
    db = runtime.app.get(DataSource);
    await db.query(`CREATE TABLE "timer_effects" ("timer_id" uuid NOT NULL, "note" text NOT NULL)`);
  });
  afterAll(async () => {
    await runtime.close();
    await database.drop();
  });

  const effectsOf = async (timerId: string): Promise<string[]> => {
    const rows: { note: string }[] = await db.query(
      `SELECT "note" FROM "timer_effects" WHERE "timer_id" = $1 ORDER BY "note"`,
      [timerId],
    );
    return rows.map((row) => row.note);
  };
  const soon = (ms: number) => new Date(Date.now() + ms);

  it('fires a timer scheduled in a committed transaction once, its handler writes committed with it', async () => {
    const kind = `test-${randomUUID()}`;
    const { fired, handler } = recorder(async (timer, manager) => {
      await manager.query(`INSERT INTO "timer_effects" VALUES ($1, 'fired')`, [timer.id]);
    });
    timers.onDue(kind, handler);
    const subjectId = randomUUID();
    const id = await db.transaction((manager) =>
      timers.schedule(manager, {
        subjectId,
        kind,
        key: 'ask-1',
        dueAt: soon(300),
        payload: { node: 'ask-1' },
      }),
    );

    await eventually('the timer to fire', () => fired.length > 0);
    expect(fired[0]).toMatchObject({
      id,
      subjectId,
      kind,
      key: 'ask-1',
      payload: { node: 'ask-1' },
    });
    // The handler ran inside the claiming transaction: its write appears once that commits.
    await eventually('the firing to commit', async () => (await effectsOf(id)).length > 0);
    expect(await effectsOf(id)).toEqual(['fired']);
    // Several polls later it still fired only once.
    await sleep(POLL_MS * 5);
    expect(fired).toHaveLength(1);
    expect(await timerCounts(db, kind)).toEqual({ total: 1, fired: 1 });
  });

  it('leaves no timer when the scheduling transaction rolls back', async () => {
    const kind = `test-${randomUUID()}`;
    const { fired, handler } = recorder();
    timers.onDue(kind, handler);
    await expect(
      db.transaction(async (manager) => {
        await timers.schedule(manager, { subjectId: randomUUID(), kind, key: 'k', dueAt: soon(0) });
        throw new Error('the caller changed its mind');
      }),
    ).rejects.toThrow('the caller changed its mind');

    expect(await timerCounts(db, kind)).toEqual({ total: 0, fired: 0 });
    await sleep(POLL_MS * 5);
    expect(fired).toHaveLength(0);
  });

  it('moves the due time when scheduled again, and re-arms a fired timer', async () => {
    const kind = `test-${randomUUID()}`;
    const { fired, handler } = recorder();
    timers.onDue(kind, handler);
    const timer = { subjectId: randomUUID(), kind, key: 'idle' };
    const first = await timers.schedule(db.manager, { ...timer, dueAt: soon(3_600_000) });
    const moved = soon(200);
    const second = await timers.schedule(db.manager, { ...timer, dueAt: moved });
    expect(second).toBe(first);

    await eventually('the moved timer to fire', () => fired.length === 1);
    expect(fired[0]?.dueAt.getTime()).toBe(moved.getTime());

    const again = await timers.schedule(db.manager, { ...timer, dueAt: soon(200) });
    expect(again).toBe(first);
    await eventually('the re-armed timer to fire', () => fired.length === 2);
    // The handler runs before its transaction commits the fired mark.
    await eventually('the re-armed firing to commit', async () => {
      return (await timerCounts(db, kind)).fired === 1;
    });
    expect(await timerCounts(db, kind)).toEqual({ total: 1, fired: 1 });
  });

  it('cancels by subject, kind and keys, or all but some keys', async () => {
    const kind = `test-${randomUUID()}`;
    const other = `test-${randomUUID()}`;
    const { fired, handler } = recorder();
    timers.onDue(kind, handler);
    const subjectId = randomUUID();
    const later = soon(3_600_000);
    await db.transaction(async (manager) => {
      for (const key of ['a', 'b', 'c', 'd']) {
        await timers.schedule(manager, { subjectId, kind, key, dueAt: later });
      }
      await timers.schedule(manager, { subjectId, kind: other, key: 'a', dueAt: later });
      await timers.schedule(manager, { subjectId: randomUUID(), kind, key: 'a', dueAt: later });
    });

    expect(await timers.cancel(db.manager, subjectId, kind, ['a', 'x'])).toBe(1);
    expect(await timers.cancel(db.manager, subjectId, kind, [])).toBe(0);
    expect(await timers.cancelAllExcept(db.manager, subjectId, kind, ['b'])).toBe(2);
    expect(await timerCounts(db, kind)).toEqual({ total: 2, fired: 0 });
    expect(await timers.cancel(db.manager, subjectId)).toBe(2);
    expect(await timerCounts(db, kind)).toEqual({ total: 1, fired: 0 });
    expect(await timerCounts(db, other)).toEqual({ total: 0, fired: 0 });

    // A cancelled timer that was about to fire does not.
    const dueSoon = { subjectId, kind, key: 'soon', dueAt: soon(500) };
    await timers.schedule(db.manager, dueSoon);
    await db.transaction((manager) => timers.cancel(manager, subjectId, kind, ['soon']));
    await sleep(500 + POLL_MS * 5);
    expect(fired).toHaveLength(0);
  });

  it('rolls back a failing handler with its writes and tries the timer again later', async () => {
    const kind = `test-${randomUUID()}`;
    let attempts = 0;
    const attemptedAt: number[] = [];
    const { fired, handler } = recorder(async (timer, manager) => {
      attempts += 1;
      attemptedAt.push(Date.now());
      await manager.query(`INSERT INTO "timer_effects" VALUES ($1, $2)`, [
        timer.id,
        `attempt ${attempts}`,
      ]);
      if (attempts === 1) throw new Error('the handler failed once');
    });
    timers.onDue(kind, handler);
    const id = await timers.schedule(db.manager, {
      subjectId: randomUUID(),
      kind,
      key: 'k',
      dueAt: soon(0),
    });

    await eventually('the second attempt to succeed', () => fired.length === 1);
    expect(attempts).toBe(2);
    expect(await effectsOf(id)).toEqual(['attempt 2']);
    // Not retried at once: the first retry waits a second.
    expect((attemptedAt[1] ?? 0) - (attemptedAt[0] ?? 0)).toBeGreaterThanOrEqual(900);
    expect(runtime.logLines.some((line) => line.includes('the handler failed once'))).toBe(true);
  });

  it('refuses a second handler for the same kind', () => {
    const kind = `test-${randomUUID()}`;
    timers.onDue(kind, recorder().handler);
    expect(() => timers.onDue(kind, recorder().handler)).toThrow(/already has a handler/);
  });
});
