import { z } from 'zod';
import type { DataSource } from 'typeorm';
import type { DueTimer, TimerHandler } from '../timers/timers.service';

/** Helpers of the timers' specs. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` every 50 ms until it holds; fails after `timeoutMs`, saying what it waited for. */
export async function eventually(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > giveUpAt) throw new Error(`gave up waiting ${timeoutMs} ms for ${what}`);
    await sleep(50);
  }
}

/** A handler that records every timer it fires, after running `effect` (which may throw). */
export function recorder(effect?: TimerHandler) {
  const fired: DueTimer[] = [];
  const handler: TimerHandler = async (timer, manager) => {
    await effect?.(timer, manager);
    fired.push(timer);
  };
  return { fired, handler };
}

const countsSchema = z.object({ total: z.number(), fired: z.number() });

/** How many timers of `kind` there are, and how many of them have fired. */
export async function timerCounts(
  dataSource: DataSource,
  kind: string,
): Promise<{ total: number; fired: number }> {
  const rows: unknown[] = await dataSource.query(
    `SELECT count(*)::int AS "total", count("fired_at")::int AS "fired" FROM "timers" WHERE "kind" = $1`,
    [kind],
  );
  return countsSchema.parse(rows[0]);
}
