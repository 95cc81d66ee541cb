import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Bot } from '../bots/bot.entity';
import { User } from '../users/user.entity';
import { Workspace } from '../workspaces/workspace.entity';

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

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'bot_versions_workspace_id_fkey' })
  workspace?: Relation<Workspace>;

  @Column({ name: 'bot_id', type: 'uuid' })
  botId!: string;

  @ManyToOne(() => Bot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bot_id', foreignKeyConstraintName: 'bot_versions_bot_id_fkey' })
  bot?: Relation<Bot>;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'jsonb' })
  document!: Record<string, unknown>;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'author_user_id',
    foreignKeyConstraintName: 'bot_versions_author_user_id_fkey',
  })
  author?: Relation<User>;

  /** Who published it, as shown at the time (an e-mail, or "API key <name>"); survives the user. */
  @Column({ name: 'author_label', type: 'text' })
  authorLabel!: string;

  /** The draft revision it was published from (`null` for imported versions). */
  @Column({ name: 'draft_revision', type: 'integer', nullable: true })
  draftRevision!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
