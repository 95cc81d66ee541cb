import type { EntityManager } from 'typeorm';
import { z } from 'zod';

/** A timer to schedule: at most one per subject, kind and key. */
export interface TimerSpec {
  subjectId: string;
  kind: string;
  key: string;
  dueAt: Date;
  payload?: Record<string, unknown>;
}

/** A timer being fired, as its handler receives it. */
export interface DueTimer {
  id: string;
  subjectId: string;
  kind: string;
  key: string;
  dueAt: Date;
  payload: Record<string, unknown>;
}

const dueTimerRowSchema = z
  .object({
    id: z.string(),
    subject_id: z.string(),
    kind: z.string(),
    key: z.string(),
    due_at: z.date(),
    payload: z.record(z.string(), z.unknown()),
  })
  .transform((row): DueTimer => ({
    id: row.id,
    subjectId: row.subject_id,
    kind: row.kind,
    key: row.key,
    dueAt: row.due_at,
    payload: row.payload,
  }));
const idRowSchema = z.object({ id: z.string() });
const countRowSchema = z.object({ count: z.number() });
const nearestRowSchema = z.object({ due_at: z.date().nullable() });

// Statements that change rows are wrapped in a CTE so that the driver answers with
// their RETURNING rows (a bare UPDATE or DELETE comes back as [rows, count]).
const claimed = (where: string) => `
  WITH claimed AS (
    UPDATE "timers" SET "fired_at" = now()
    WHERE "id" = (
      SELECT "id" FROM "timers" WHERE "fired_at" IS NULL AND ${where}
      ORDER BY "due_at" LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "subject_id", "kind", "key", "due_at", "payload")
  SELECT * FROM claimed`;

/** Inserts the timer, or moves (and re-arms, if fired) the one with its subject, kind and key. */
export async function upsertTimer(manager: EntityManager, spec: TimerSpec): Promise<string> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO "timers" ("subject_id", "kind", "key", "due_at", "payload")
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT ("subject_id", "kind", "key") DO UPDATE
       SET "due_at" = EXCLUDED."due_at", "payload" = EXCLUDED."payload", "fired_at" = NULL
     RETURNING "id"`,
    [spec.subjectId, spec.kind, spec.key, spec.dueAt, spec.payload ?? {}],
  );
  return idRowSchema.parse(rows[0]).id;
}

/** Deletes the subject's timers matching `where` (SQL over $1 = subject); how many it deleted. */
export async function deleteTimers(
  manager: EntityManager,
  where: string,
  parameters: unknown[],
): Promise<number> {
  const rows: unknown[] = await manager.query(
    `WITH gone AS (DELETE FROM "timers" WHERE "subject_id" = $1 AND ${where} RETURNING 1)
     SELECT count(*)::int AS "count" FROM gone`,
    parameters,
  );
  return countRowSchema.parse(rows[0]).count;
}

/**
 * Marks the earliest due unfired timer of one of `kinds` as fired and returns it,
 * skipping `excludedIds` and rows another transaction holds. The row stays locked
 * until `manager`'s transaction ends, and a rollback un-fires it.
 */
export async function claimNextDue(
  manager: EntityManager,
  kinds: string[],
  excludedIds: string[],
): Promise<DueTimer | undefined> {
  const rows: unknown[] = await manager.query(
    claimed(`"due_at" <= now() AND "kind" = ANY($1::text[]) AND NOT ("id" = ANY($2::uuid[]))`),
    [kinds, excludedIds],
  );
  return rows.length > 0 ? dueTimerRowSchema.parse(rows[0]) : undefined;
}

/**
 * Claims timer `id` like {@link claimNextDue}, if it is still unfired and due by
 * the database's clock or by `dueAt` (the time the caller was woken for). A timer
 * moved later since then is left for its new wake-up.
 */
export async function claimById(
  manager: EntityManager,
  id: string,
  dueAt: Date,
  kinds: string[],
): Promise<DueTimer | undefined> {
  const rows: unknown[] = await manager.query(
    claimed(
      `"id" = $1 AND "due_at" <= greatest(now(), $2::timestamptz) AND "kind" = ANY($3::text[])`,
    ),
    [id, dueAt, kinds],
  );
  return rows.length > 0 ? dueTimerRowSchema.parse(rows[0]) : undefined;
}

/** The earliest due time of an unfired timer of one of `kinds`, but `excludedIds`, if any. */
export async function nearestDueAt(
  manager: EntityManager,
  kinds: string[],
  excludedIds: string[],
): Promise<Date | undefined> {
  const rows: unknown[] = await manager.query(
    `SELECT min("due_at") AS "due_at" FROM "timers"
     WHERE "fired_at" IS NULL AND "kind" = ANY($1::text[]) AND NOT ("id" = ANY($2::uuid[]))`,
    [kinds, excludedIds],
  );
  return nearestRowSchema.parse(rows[0]).due_at ?? undefined;
}
