import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workspaces, users, bots (with the draft document as jsonb) and the audit log.
 * Ids default to `gen_random_uuid()`, built into PostgreSQL 13 and newer, so no
 * extension is needed. Constraint names match what the entities declare, so the
 * schema check in `migrations.spec.ts` finds nothing to change.
 */
export class InitialSchema1763942400000 implements MigrationInterface {
  name = 'InitialSchema1763942400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "workspaces" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "workspaces_pkey" PRIMARY KEY ("id"))`);
    await db.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "email" text NOT NULL,
        "display_name" text NOT NULL,
        "role" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "users_role_check" CHECK ("role" IN ('admin', 'editor', 'agent', 'viewer')),
        CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "users_workspace_id_fkey" FOREIGN KEY ("workspace_id")
          REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await db.query(
      `CREATE UNIQUE INDEX "users_workspace_email_key" ON "users" ("workspace_id", "email")`,
    );
    await db.query(`
      CREATE TABLE "bots" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "name" text NOT NULL,
        "draft" jsonb NOT NULL,
        "draft_revision" integer NOT NULL DEFAULT '1',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "bots_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "bots_workspace_id_fkey" FOREIGN KEY ("workspace_id")
          REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await db.query(`CREATE INDEX "bots_workspace_id_idx" ON "bots" ("workspace_id")`);
    await db.query(`
      CREATE TABLE "audit_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "actor_user_id" uuid,
        "action" text NOT NULL,
        "target_type" text,
        "target_id" text,
        "details" jsonb NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "audit_events_workspace_id_fkey" FOREIGN KEY ("workspace_id")
          REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "audit_events_actor_user_id_fkey" FOREIGN KEY ("actor_user_id")
          REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION)`);
    await db.query(
      `CREATE INDEX "audit_events_workspace_created_idx" ON "audit_events" ("workspace_id", "created_at")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "audit_events"`);
    await db.query(`DROP TABLE "bots"`);
    await db.query(`DROP TABLE "users"`);
    await db.query(`DROP TABLE "workspaces"`);
  }
}
