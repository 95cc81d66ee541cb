import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets the two updates of a conversation row per turn (taking the message, then
 * committing the turn) be heap-only (HOT): no index may cover a column they change,
 * and the row's page needs room for the new version. The sweeper's index on
 * conversations with waiting messages (on the lease's expiry, filtered on the
 * inbox count — both change every turn) gives way to a partial index of the
 * unprocessed inbound messages themselves; and conversation pages are filled to
 * 60% so that new row versions fit beside the old.
 */
export class ConversationHotUpdates1764000700000 implements MigrationInterface {
  name = 'ConversationHotUpdates1764000700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "conversations_inbox_pending_idx"`);
    await db.query(
      `CREATE INDEX "chat_messages_unprocessed_idx" ON "chat_messages" ("conversation_id")
       WHERE "direction" = 'in' AND "processed_at" IS NULL`,
    );
    await db.query(`ALTER TABLE "conversations" SET (fillfactor = 60)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "conversations" RESET (fillfactor)`);
    await db.query(`DROP INDEX "chat_messages_unprocessed_idx"`);
    await db.query(
      `CREATE INDEX "conversations_inbox_pending_idx" ON "conversations" ("lease_expires_at")
       WHERE "inbox_pending" > 0`,
    );
  }
}
