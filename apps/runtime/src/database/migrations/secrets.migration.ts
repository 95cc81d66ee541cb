import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The secrets vault: one row per named secret of a workspace, AES-256-GCM
 * ciphertext with its IV, tag and the id of the master key that sealed it.
 */
export class Secrets1764000100000 implements MigrationInterface {
  name = 'Secrets1764000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "secrets" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "name" text NOT NULL,
        "ciphertext" bytea NOT NULL,
        "iv" bytea NOT NULL,
        "tag" bytea NOT NULL,
        "key_id" text NOT NULL,
        "created_by" uuid,
        "updated_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "secrets_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "secrets_workspace_id_fkey" FOREIGN KEY ("workspace_id")
          REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "secrets_created_by_fkey" FOREIGN KEY ("created_by")
          REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION,
        CONSTRAINT "secrets_updated_by_fkey" FOREIGN KEY ("updated_by")
          REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION)`);
    await db.query(
      `CREATE UNIQUE INDEX "secrets_workspace_name_key" ON "secrets" ("workspace_id", "name")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "secrets"`);
  }
}
