import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Conversations (with their session state, per-conversation lease and inbox
 * counter), their messages in one sequence per conversation, and turns with
 * their traces. A turn is unique per inbound message: no message is answered twice.
 */
export class Conversations1764000500000 implements MigrationInterface {
  name = 'Conversations1764000500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "conversations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "workspace_id" uuid NOT NULL,
        "bot_id" uuid NOT NULL,
        "version_id" uuid NOT NULL,
        "environment" text NOT NULL,
        "channel" text NOT NULL,
        "locale" text,
        "contact_id" uuid,
        "status" text NOT NULL DEFAULT 'idle',
        "end_status" text,
        "state" jsonb,
        "last_seq" integer NOT NULL DEFAULT '0',
        "inbox_pending" integer NOT NULL DEFAULT '0',
        "turn_count" integer NOT NULL DEFAULT '0',
        "lease_owner" text,
        "lease_expires_at" TIMESTAMP WITH TIME ZONE,
        "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "conversations_status_check"
          CHECK ("status" IN ('waiting', 'handoff', 'idle', 'ended', 'abandoned')),
        CONSTRAINT "conversations_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "conversations_workspace_id_fkey" FOREIGN KEY ("workspace_id")
          REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "conversations_bot_id_fkey" FOREIGN KEY ("bot_id")
          REFERENCES "bots"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "conversations_version_id_fkey" FOREIGN KEY ("version_id")
          REFERENCES "bot_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "conversations_contact_id_fkey" FOREIGN KEY ("contact_id")
          REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE NO ACTION)`);
    await db.query(
      `CREATE INDEX "conversations_bot_created_idx" ON "conversations" ("bot_id", "created_at")`,
    );
    await db.query(
      `CREATE INDEX "conversations_workspace_created_idx" ON "conversations" ("workspace_id", "created_at")`,
    );
    // The sweeper's question: whose inbox holds messages nobody is processing?
    await db.query(
      `CREATE INDEX "conversations_inbox_pending_idx" ON "conversations" ("lease_expires_at") WHERE "inbox_pending" > 0`,
    );

    await db.query(`
      CREATE TABLE "chat_messages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "conversation_id" uuid NOT NULL,
        "seq" integer NOT NULL,
        "direction" text NOT NULL,
        "author" text NOT NULL,
        "content" jsonb NOT NULL,
        "client_message_id" text,
        "turn_id" uuid,
        "processed_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "chat_messages_direction_check" CHECK ("direction" IN ('in', 'out')),
        CONSTRAINT "chat_messages_author_check"
          CHECK ("author" IN ('customer', 'bot', 'agent', 'system')),
        CONSTRAINT "chat_messages_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "chat_messages_conversation_id_fkey" FOREIGN KEY ("conversation_id")
          REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await db.query(
      `CREATE UNIQUE INDEX "chat_messages_conversation_seq_key" ON "chat_messages" ("conversation_id", "seq")`,
    );
    await db.query(
      `CREATE UNIQUE INDEX "chat_messages_conversation_client_id_key" ON "chat_messages" ("conversation_id", "client_message_id")`,
    );
    await db.query(`CREATE INDEX "chat_messages_turn_id_idx" ON "chat_messages" ("turn_id")`);

    await db.query(`
      CREATE TABLE "turns" (
        "id" uuid NOT NULL,
        "conversation_id" uuid NOT NULL,
        "inbound_message_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "outcome" text NOT NULL,
        "status" text NOT NULL,
        "trace" jsonb NOT NULL,
        "duration_ms" integer NOT NULL,
        "error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "turns_outcome_check" CHECK ("outcome" IN ('ok', 'failed', 'skipped')),
        CONSTRAINT "turns_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "turns_conversation_id_fkey" FOREIGN KEY ("conversation_id")
          REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "turns_inbound_message_id_fkey" FOREIGN KEY ("inbound_message_id")
          REFERENCES "chat_messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await db.query(
      `CREATE UNIQUE INDEX "turns_inbound_message_id_key" ON "turns" ("inbound_message_id")`,
    );
    await db.query(
      `CREATE INDEX "turns_conversation_created_idx" ON "turns" ("conversation_id", "created_at")`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "turns"`);
    await db.query(`DROP TABLE "chat_messages"`);
    await db.query(`DROP TABLE "conversations"`);
  }
}
