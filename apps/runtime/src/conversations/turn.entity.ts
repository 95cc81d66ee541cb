import { Check, Column, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { createdAtColumn, foreignKeyRelation } from '../database/entity-columns';
import { ChatMessage } from './chat-message.entity';
import { Conversation } from './conversation.entity';

/** `ok`: the engine ran; `failed`: it threw (a bug), the fallback was sent; `skipped`: the conversation had ended. */
export type TurnOutcome = 'ok' | 'failed' | 'skipped';

/** One processed inbound message: the engine's trace and how it went. */
@Entity({ name: 'turns' })
@Check('turns_outcome_check', `"outcome" IN ('ok', 'failed', 'skipped')`)
@Index('turns_inbound_message_id_key', ['inboundMessageId'], { unique: true })
@Index('turns_conversation_created_idx', ['conversationId', 'createdAt'])
export class Turn {
  /** Chosen before the turn runs, so outbound rows and action idempotency keys can name it. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'turns_pkey' })
  id!: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @foreignKeyRelation('turns', 'conversation_id', () => Conversation, 'CASCADE')
  conversation?: Relation<Conversation>;

  @Column({ name: 'inbound_message_id', type: 'uuid' })
  inboundMessageId!: string;

  @foreignKeyRelation('turns', 'inbound_message_id', () => ChatMessage, 'CASCADE')
  inboundMessage?: Relation<ChatMessage>;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  outcome!: TurnOutcome;

  /** The conversation's status after the turn. */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'jsonb' })
  trace!: unknown[];

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @createdAtColumn()
  createdAt!: Date;
}
