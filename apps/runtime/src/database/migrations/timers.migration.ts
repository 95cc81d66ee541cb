import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Timers: persisted due times (ask timeouts, inactivity) that fire once, even with
 * several replicas, and after a restart. `subject_id` is whatever the timer belongs
 * to (a conversation) and has no foreign key, so that any module can use timers.
 */
export class Timers1764000400000 implements MigrationInterface {
  name = 'Timers1764000400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "timers" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "subject_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "key" text NOT NULL,
        "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "payload" jsonb NOT NULL DEFAULT '{}',
        "fired_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "timers_pkey" PRIMARY KEY ("id"))`);
    await db.query(
      `CREATE UNIQUE INDEX "timers_subject_kind_key_key" ON "timers" ("subject_id", "kind", "key")`,
    );
    // Only timers still to fire are ever searched by due time.
    await db.query(
      `CREATE INDEX "timers_pending_due_at_idx" ON "timers" ("due_at") WHERE "fired_at" IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "timers"`);
  }
}
