import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Channels (the web widget, bound to an environment of a bot, with its theme and
 * allowed origins), and the channel a conversation came through.
 */
export class Channels1764000600000 implements MigrationInterface {
  name = 'Channels1764000600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "channels" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "bot_id" uuid NOT NULL,
        "environment" text NOT NULL,
        "kind" text NOT NULL DEFAULT 'web',
        "name" text NOT NULL,
        "enabled" boolean NOT NULL DEFAULT true,
        "theme" jsonb NOT NULL,
        "allowed_origins" jsonb NOT NULL DEFAULT '[]',
        "allowed_image_hosts" jsonb NOT NULL DEFAULT '[]',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "channels_kind_check" CHECK ("kind" IN ('web')),
        CONSTRAINT "channels_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "channels_workspace_id_fkey" FOREIGN KEY ("workspace_id")
          REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "channels_bot_id_fkey" FOREIGN KEY ("bot_id")
          REFERENCES "bots"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await db.query(`CREATE INDEX "channels_bot_id_idx" ON "channels" ("bot_id")`);
    await db.query(`ALTER TABLE "conversations" ADD "channel_id" uuid`);
    await db.query(`
      ALTER TABLE "conversations" ADD CONSTRAINT "conversations_channel_id_fkey"
        FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // The channels page counts each channel's recent conversations.
    await db.query(
      `CREATE INDEX "conversations_channel_created_idx" ON "conversations" ("channel_id", "created_at")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "conversations_channel_created_idx"`);
    await db.query(`ALTER TABLE "conversations" DROP CONSTRAINT "conversations_channel_id_fkey"`);
    await db.query(`ALTER TABLE "conversations" DROP COLUMN "channel_id"`);
    await db.query(`DROP TABLE "channels"`);
  }
}
