import { Check, Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { createdAtColumn, foreignKeyRelation } from '../database/entity-columns';
import { Conversation } from './conversation.entity';

export type MessageDirection = 'in' | 'out';
export type MessageAuthor = 'customer' | 'bot' | 'agent' | 'system';

/**
 * One message of a conversation, numbered by `seq` in the order it was stored.
 * Inbound ones hold the engine event they become (`text`, `button`, `timer`,
 * `start`) and are stored before they are processed; outbound ones hold what the
 * bot or an agent said.
 */
@Entity({ name: 'chat_messages' })
@Check('chat_messages_direction_check', `"direction" IN ('in', 'out')`)
@Check('chat_messages_author_check', `"author" IN ('customer', 'bot', 'agent', 'system')`)
@Index('chat_messages_conversation_seq_key', ['conversationId', 'seq'], { unique: true })
@Index('chat_messages_conversation_client_id_key', ['conversationId', 'clientMessageId'], {
  unique: true,
})
@Index('chat_messages_turn_id_idx', ['turnId'])
// The sweeper finds conversations with waiting messages through it (and the queue depth).
@Index('chat_messages_unprocessed_idx', ['conversationId'], {
  where: `"direction" = 'in' AND "processed_at" IS NULL`,
})
export class ChatMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'chat_messages_pkey' })
  id!: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @foreignKeyRelation('chat_messages', 'conversation_id', () => Conversation, 'CASCADE')
  conversation?: Relation<Conversation>;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'text' })
  direction!: MessageDirection;

  @Column({ type: 'text' })
  author!: MessageAuthor;

  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  /** The client's id for an inbound message; a repeat returns the stored replies. */
  @Column({ name: 'client_message_id', type: 'text', nullable: true })
  clientMessageId!: string | null;

  /** Inbound: the turn that processed it. Outbound: the turn that said it. */
  @Column({ name: 'turn_id', type: 'uuid', nullable: true })
  turnId!: string | null;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  @createdAtColumn()
  createdAt!: Date;
}
