import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Bot } from '../bots/bot.entity';
import { botIdColumn, botRelation } from '../database/bot-columns';
import { createdAtColumn, foreignKeyRelation } from '../database/entity-columns';
import { workspaceIdColumn, workspaceRelation } from '../database/workspace-columns';
import { User } from '../users/user.entity';
import type { Workspace } from '../workspaces/workspace.entity';

/**
 * One published bot document, numbered 1, 2, 3… per bot. Immutable: the
 * database refuses updates, so what customers talked to can always be shown
 * again. The document is stored parsed and migrated (defaults filled in).
 */
@Entity({ name: 'bot_versions' })
@Index('bot_versions_bot_number_key', ['botId', 'number'], { unique: true })
export class BotVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'bot_versions_pkey' })
  id!: string;

  @workspaceIdColumn()
  workspaceId!: string;

  @workspaceRelation('bot_versions')
  workspace?: Relation<Workspace>;

  @botIdColumn()
  botId!: string;

  @botRelation('bot_versions')
  bot?: Relation<Bot>;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'jsonb' })
  document!: Record<string, unknown>;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @foreignKeyRelation('bot_versions', 'author_user_id', () => User, 'SET NULL')
  author?: Relation<User>;

  /** Who published it, as shown at the time (an e-mail, or "API key <name>"); survives the user. */
  @Column({ name: 'author_label', type: 'text' })
  authorLabel!: string;

  /** The draft revision it was published from (`null` for imported versions). */
  @Column({ name: 'draft_revision', type: 'integer', nullable: true })
  draftRevision!: number | null;

  @createdAtColumn()
  createdAt!: Date;
}
