import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contacts (customers): the company's external id, unique per workspace (NULLs,
 * the anonymous contacts, are distinct), attributes from identity tokens.
 */
export class Contacts1764000200000 implements MigrationInterface {
  name = 'Contacts1764000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "contacts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "external_id" text,
        "attributes" jsonb NOT NULL DEFAULT '{}',
        "verified" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "contacts_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "contacts_workspace_id_fkey" FOREIGN KEY ("workspace_id")
          REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await db.query(
      `CREATE UNIQUE INDEX "contacts_workspace_external_id_key" ON "contacts" ("workspace_id", "external_id")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "contacts"`);
  }
}
