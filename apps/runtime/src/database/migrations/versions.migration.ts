import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Published bot versions (immutable: a trigger refuses every UPDATE), the
 * environments each bot runs in, and the history of what each environment ran.
 * Existing bots get their `staging` and `production` environments.
 */
export class Versions1764000300000 implements MigrationInterface {
  name = 'Versions1764000300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "bot_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "bot_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "document" jsonb NOT NULL,
        "note" text NOT NULL DEFAULT '',
        "author_user_id" uuid,
        "author_label" text NOT NULL,
        "draft_revision" integer,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "bot_versions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "bot_versions_workspace_id_fkey" FOREIGN KEY ("workspace_id")
          REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "bot_versions_bot_id_fkey" FOREIGN KEY ("bot_id")
          REFERENCES "bots"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "bot_versions_author_user_id_fkey" FOREIGN KEY ("author_user_id")
          REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION)`);
    await db.query(
      `CREATE UNIQUE INDEX "bot_versions_bot_number_key" ON "bot_versions" ("bot_id", "number")`,
    );
    // Versions are what customers talk to: once published, never changed.
    await db.query(`
      CREATE FUNCTION "bot_versions_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'bot versions are immutable (version % of bot %)', OLD.number, OLD.bot_id;
      END $$`);
    await db.query(`
      CREATE TRIGGER "bot_versions_no_update" BEFORE UPDATE ON "bot_versions"
      FOR EACH ROW EXECUTE FUNCTION "bot_versions_immutable"()`);

    await db.query(`
      CREATE TABLE "environments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "bot_id" uuid NOT NULL,
        "name" text NOT NULL,
        "version_id" uuid,
        "variables" jsonb NOT NULL DEFAULT '{}',
        "secrets" jsonb NOT NULL DEFAULT '{}',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "environments_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "environments_workspace_id_fkey" FOREIGN KEY ("workspace_id")
          REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "environments_bot_id_fkey" FOREIGN KEY ("bot_id")
          REFERENCES "bots"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "environments_version_id_fkey" FOREIGN KEY ("version_id")
          REFERENCES "bot_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await db.query(
      `CREATE UNIQUE INDEX "environments_bot_name_key" ON "environments" ("bot_id", "name")`,
    );

    await db.query(`
      CREATE TABLE "environment_deployments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "environment_id" uuid NOT NULL,
        "version_id" uuid NOT NULL,
        "previous_version_id" uuid,
        "action" text NOT NULL,
        "actor_user_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "environment_deployments_action_check"
          CHECK ("action" IN ('deploy', 'promote', 'rollback', 'import')),
        CONSTRAINT "environment_deployments_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "environment_deployments_environment_id_fkey" FOREIGN KEY ("environment_id")
          REFERENCES "environments"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "environment_deployments_version_id_fkey" FOREIGN KEY ("version_id")
          REFERENCES "bot_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "environment_deployments_actor_user_id_fkey" FOREIGN KEY ("actor_user_id")
          REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION)`);
    await db.query(
      `CREATE INDEX "environment_deployments_environment_created_idx" ON "environment_deployments" ("environment_id", "created_at")`,
    );

    await db.query(`
      INSERT INTO "environments" ("workspace_id", "bot_id", "name")
      SELECT "workspace_id", "id", env.name FROM "bots"
      CROSS JOIN (VALUES ('staging'), ('production')) AS env(name)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "environment_deployments"`);
    await db.query(`DROP TABLE "environments"`);
    await db.query(`DROP TABLE "bot_versions"`);
    await db.query(`DROP FUNCTION "bot_versions_immutable"()`);
  }
}
