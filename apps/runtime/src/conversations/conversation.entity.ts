import type { SessionState } from '@parley/engine';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Bot } from '../bots/bot.entity';
import { Channel } from '../channels/channel.entity';
import { botIdColumn, botRelation } from '../database/bot-columns';
import { createdAtColumn, foreignKeyRelation, updatedAtColumn } from '../database/entity-columns';
import { workspaceIdColumn, workspaceRelation } from '../database/workspace-columns';
import { Contact } from '../identity/contact.entity';
import { BotVersion } from '../versions/bot-version.entity';
import type { Workspace } from '../workspaces/workspace.entity';

export const conversationStatuses = ['waiting', 'handoff', 'idle', 'ended', 'abandoned'] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

/**
 * One conversation of a customer with a bot, pinned to the version it started
 * on. The row also carries what keeps turns exact: the sequence counter of its
 * messages, how many inbound messages wait, and the lease of whoever runs them.
 */
@Entity({ name: 'conversations' })
@Check(
  'conversations_status_check',
  `"status" IN ('waiting', 'handoff', 'idle', 'ended', 'abandoned')`,
)
@Index('conversations_bot_created_idx', ['botId', 'createdAt'])
@Index('conversations_workspace_created_idx', ['workspaceId', 'createdAt'])
@Index('conversations_channel_created_idx', ['channelId', 'createdAt'])
export class Conversation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'conversations_pkey' })
  id!: string;

  @workspaceIdColumn()
  workspaceId!: string;

  @workspaceRelation('conversations')
  workspace?: Relation<Workspace>;

  @botIdColumn()
  botId!: string;

  @botRelation('conversations')
  bot?: Relation<Bot>;

  /** The version it started on; it stays there across publish and rollback. */
  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @foreignKeyRelation('conversations', 'version_id', () => BotVersion, 'CASCADE')
  version?: Relation<BotVersion>;

  @Column({ type: 'text' })
  environment!: string;

  @Column({ type: 'text' })
  channel!: string;

  /** The channel it came through (the web widget), when it came through one. */
  @Column({ name: 'channel_id', type: 'uuid', nullable: true })
  channelId!: string | null;

  @foreignKeyRelation('conversations', 'channel_id', () => Channel, 'SET NULL')
  channelRow?: Relation<Channel> | null;

  @Column({ type: 'text', nullable: true })
  locale!: string | null;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @foreignKeyRelation('conversations', 'contact_id', () => Contact, 'SET NULL')
  contact?: Relation<Contact>;

  @Column({ type: 'text', default: 'idle' })
  status!: ConversationStatus;

  @Column({ name: 'end_status', type: 'text', nullable: true })
  endStatus!: 'resolved' | 'unresolved' | null;

  /** The engine's session state after the last turn; `null` before the first. */
  @Column({ type: 'jsonb', nullable: true })
  state!: SessionState | null;

  /** The sequence number of the conversation's latest message. */
  @Column({ name: 'last_seq', type: 'integer', default: 0 })
  lastSeq!: number;

  /** Inbound messages stored but not processed yet. */
  @Column({ name: 'inbox_pending', type: 'integer', default: 0 })
  inboxPending!: number;

  @Column({ name: 'turn_count', type: 'integer', default: 0 })
  turnCount!: number;

  /** Who is running this conversation's turns, until when. */
  @Column({ name: 'lease_owner', type: 'text', nullable: true })
  leaseOwner!: string | null;

  @Column({ name: 'lease_expires_at', type: 'timestamptz', nullable: true })
  leaseExpiresAt!: Date | null;

  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  @createdAtColumn()
  createdAt!: Date;

  @updatedAtColumn()
  updatedAt!: Date;
}
