import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InboundEvent } from '@parley/engine';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import { isUniqueViolation } from '../database/unique-violation';
import type { MessageAuthor } from './chat-message.entity';
import type {
  Accepted,
  Committed,
  ConversationRow,
  PendingMessage,
  TurnWrite,
} from './conversation.types';
import {
  aliasedMessageColumns,
  type MessageFields,
  messageColumns,
  splitAccepted,
  type StoredMessage,
  toStoredMessage,
} from './stored-message';

export type { StoredMessage };

export type { Accepted, Committed, ConversationRow, PendingMessage, TurnWrite };

/** The PostgreSQL channel that announces new messages of a conversation (payload: its id). */
export const CONVERSATION_CHANNEL = 'parley_conversation';

/**
 * Lets the statement's transaction commit without waiting for the disk. Safe for
 * storing an inbound message because nobody is told it was stored until a later
 * synchronous commit (its turn's, or {@link ConversationStore.flush}) has written
 * the log up to and past it. Halves the disk waits of a turn.
 */
const asyncCommit = `relaxed AS (SELECT set_config('synchronous_commit', 'off', true))`;

const leaseUntil = (param: string) => `now() + ${param} * interval '1 millisecond'`;

/**
 * The SQL of exact turns. Each step is one statement where it can be, so a turn
 * costs two round trips on the common path: `accept` stores the message and
 * takes the lease if it is free; `commitTurn` writes state, turn, replies and
 * the processed mark, fenced by the lease, and gives the lease up when nothing
 * else waits. Both update the conversation row, so they serialise on its lock
 * and no message can slip between a commit and a release.
 */
@Injectable()
export class ConversationStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates a conversation holding its `start` event, leased to `leaseOwner`. */
  async create(input: {
    id: string;
    workspaceId: string;
    botId: string;
    versionId: string;
    environment: string;
    channel: string;
    channelId: string | null;
    locale: string | null;
    contactId: string | null;
    start: InboundEvent;
    leaseOwner: string;
    leaseMs: number;
  }): Promise<Accepted> {
    const rows = await preparedQuery<Record<string, unknown>>(
      this.dataSource.manager,
      'parley_create_conversation',
      `WITH ${asyncCommit}, conv AS (
         INSERT INTO conversations (id, workspace_id, bot_id, version_id, environment, channel,
           locale, contact_id, last_seq, inbox_pending, lease_owner, lease_expires_at, channel_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, 1, $9, ${leaseUntil('$10')}, $12)
         RETURNING *),
       ins AS (
         INSERT INTO chat_messages (conversation_id, seq, direction, author, content)
         SELECT conv.id, 1, 'in', 'system', $11::jsonb FROM conv
         RETURNING ${messageColumns})
       SELECT conv.*, ${aliasedMessageColumns('ins')} FROM relaxed, conv, ins`,
      [
        input.id,
        input.workspaceId,
        input.botId,
        input.versionId,
        input.environment,
        input.channel,
        input.locale,
        input.contactId,
        input.leaseOwner,
        input.leaseMs,
        JSON.stringify(input.start),
        input.channelId,
      ],
    );
    return splitAccepted(single(rows));
  }

  /**
   * Stores an inbound message at the end of the conversation and takes the lease
   * if nobody holds it. `undefined` when the conversation does not exist or is
   * over. A repeated `clientMessageId` throws {@link DuplicateClientMessage}.
   */
  async accept(
    input: {
      conversationId: string;
      /** The bot the caller believes it talks to; `null` skips the check (timers). */
      botId: string | null;
      author: MessageAuthor;
      event: InboundEvent;
      clientMessageId: string | null;
      /** `null` stores the message without taking the lease (someone else will run it). */
      leaseOwner: string | null;
      leaseMs: number;
    },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Accepted | undefined> {
    try {
      const rows = await preparedQuery<Record<string, unknown>>(
        manager,
        'parley_accept_message',
        `WITH ${asyncCommit}, conv AS (
           UPDATE conversations SET
             last_seq = last_seq + 1,
             inbox_pending = inbox_pending + 1,
             last_activity_at = now(),
             updated_at = now(),
             lease_owner = CASE WHEN lease_owner IS NULL OR lease_expires_at < now()
                                THEN $2::text ELSE lease_owner END,
             lease_expires_at = CASE WHEN lease_owner IS NULL OR lease_expires_at < now()
                                     THEN (CASE WHEN $2::text IS NULL THEN NULL
                                                ELSE ${leaseUntil('$3')} END)
                                     ELSE lease_expires_at END
           WHERE id = $1 AND ($7::uuid IS NULL OR bot_id = $7)
             AND status NOT IN ('ended', 'abandoned')
           RETURNING *),
         ins AS (
           INSERT INTO chat_messages (conversation_id, seq, direction, author, content, client_message_id)
           SELECT conv.id, conv.last_seq, 'in', $4, $5::jsonb, $6 FROM conv
           RETURNING ${messageColumns})
         SELECT conv.*, ${aliasedMessageColumns('ins')} FROM relaxed, conv, ins`,
        [
          input.conversationId,
          input.leaseOwner,
          input.leaseMs,
          input.author,
          JSON.stringify(input.event),
          input.clientMessageId,
          input.botId,
        ],
      );
      return rows[0] ? splitAccepted(rows[0]) : undefined;
    } catch (error) {
      if (isUniqueViolation(error, 'chat_messages_conversation_client_id_key')) {
        throw new DuplicateClientMessage();
      }
      throw error;
    }
  }

  /**
   * Writes one turn, only while `leaseOwner` still holds the lease and the
   * inbound message is still unprocessed; `undefined` when either no longer
   * holds (someone else took over), in which case nothing was written.
   */
  async commitTurn(
    write: TurnWrite,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Committed | undefined> {
    const rows = await preparedQuery<{
      replies: (MessageFields & Record<string, unknown>)[] | null;
      last_seq: number;
      inbox_pending: number;
      lease_owner: string | null;
    }>(
      manager,
      'parley_commit_turn',
      `WITH conv AS (
         UPDATE conversations SET
           state = $3::jsonb, status = $4, end_status = $5,
           last_seq = last_seq + $6,
           inbox_pending = inbox_pending - 1,
           turn_count = turn_count + 1,
           lease_owner = CASE WHEN inbox_pending - 1 = 0 THEN NULL ELSE lease_owner END,
           lease_expires_at = CASE WHEN inbox_pending - 1 = 0 THEN NULL ELSE ${leaseUntil('$7')} END,
           last_activity_at = now(), updated_at = now()
         WHERE id = $1 AND lease_owner = $2
           AND EXISTS (SELECT 1 FROM chat_messages
                       WHERE id = $9 AND conversation_id = $1 AND processed_at IS NULL)
         RETURNING id, last_seq, inbox_pending, lease_owner, turn_count),
       inbound AS (
         UPDATE chat_messages SET processed_at = now(), turn_id = $8
         WHERE id = $9 AND processed_at IS NULL AND EXISTS (SELECT 1 FROM conv)
         RETURNING id),
       turn AS (
         INSERT INTO turns (id, conversation_id, inbound_message_id, number, outcome, status,
           trace, duration_ms, error)
         SELECT $8, conv.id, inbound.id, conv.turn_count, $10, $4, $11::jsonb, $12, $13
         FROM conv, inbound
         RETURNING id),
       outs AS (
         INSERT INTO chat_messages (conversation_id, seq, direction, author, content, turn_id, processed_at)
         SELECT conv.id, conv.last_seq - $6 + o.ord, 'out', 'bot', o.content, turn.id, now()
         FROM conv, turn, jsonb_array_elements($14::jsonb) WITH ORDINALITY AS o(content, ord)
         RETURNING ${messageColumns})
       SELECT conv.last_seq, conv.inbox_pending, conv.lease_owner,
         (SELECT json_agg(outs ORDER BY outs.seq) FROM outs) AS replies
       FROM conv, turn`,
      [
        write.conversationId,
        write.leaseOwner,
        write.state === null ? null : JSON.stringify(write.state),
        write.status,
        write.endStatus,
        write.outbound.length,
        write.leaseMs,
        write.turnId,
        write.inboundMessageId,
        write.outcome,
        JSON.stringify(write.trace),
        write.durationMs,
        write.error,
        JSON.stringify(write.outbound),
      ],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      replies: (row.replies ?? []).map(toStoredMessage),
      lastSeq: row.last_seq,
      inboxPending: row.inbox_pending,
      released: row.lease_owner === null,
    };
  }

  /**
   * Makes everything committed so far durable (a synchronous commit writes the log
   * up to it), before telling a client its message is stored without its replies.
   */
  async flush(conversationId: string): Promise<void> {
    await this.dataSource.query(`UPDATE conversations SET updated_at = now() WHERE id = $1`, [
      conversationId,
    ]);
  }

  /** Takes the lease of a conversation whose inbox holds messages, if nobody holds it. */
  async acquire(
    conversationId: string,
    leaseOwner: string,
    leaseMs: number,
  ): Promise<ConversationRow | undefined> {
    // In a CTE: a bare UPDATE comes back from the driver as [rows, count], not rows.
    const rows: ConversationRow[] = await this.dataSource.query(
      `WITH acquired AS (UPDATE conversations SET lease_owner = $2, lease_expires_at = ${leaseUntil('$3')}
       WHERE id = $1 AND inbox_pending > 0
         AND (lease_owner IS NULL OR lease_expires_at < now())
       RETURNING *) SELECT * FROM acquired`,
      [conversationId, leaseOwner, leaseMs],
    );
    return rows[0];
  }

  /** Extends a held lease; `false` when it is no longer ours. */
  async renew(conversationId: string, leaseOwner: string, leaseMs: number): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH renewed AS (UPDATE conversations SET lease_expires_at = ${leaseUntil('$3')}
       WHERE id = $1 AND lease_owner = $2 RETURNING id) SELECT id FROM renewed`,
      [conversationId, leaseOwner, leaseMs],
    );
    return rows.length > 0;
  }

  /** Gives a held lease up. */
  async release(conversationId: string, leaseOwner: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE conversations SET lease_owner = NULL, lease_expires_at = NULL
       WHERE id = $1 AND lease_owner = $2`,
      [conversationId, leaseOwner],
    );
  }

  /** The conversation row, as the turn machinery reads it. */
  async conversation(conversationId: string): Promise<ConversationRow | undefined> {
    const rows: ConversationRow[] = await this.dataSource.query(
      `SELECT * FROM conversations WHERE id = $1`,
      [conversationId],
    );
    return rows[0];
  }

  /** The oldest inbound message not processed yet. */
  async nextPending(conversationId: string): Promise<PendingMessage | undefined> {
    const rows: { id: string; seq: number; content: InboundEvent }[] = await this.dataSource.query(
      `SELECT id, seq, content FROM chat_messages
       WHERE conversation_id = $1 AND direction = 'in' AND processed_at IS NULL
       ORDER BY seq LIMIT 1`,
      [conversationId],
    );
    return rows[0];
  }

  /** Conversations whose inbox holds messages that nobody is processing (a replica died). */
  async orphanedInboxes(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      // Found through the unprocessed messages' partial index: an index on the
      // conversations themselves would cover columns that every turn changes.
      `SELECT id FROM conversations
       WHERE id IN (SELECT conversation_id FROM chat_messages
                    WHERE direction = 'in' AND processed_at IS NULL)
         AND inbox_pending > 0 AND (lease_owner IS NULL OR lease_expires_at < now())
       ORDER BY lease_expires_at NULLS FIRST LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }
}

/** The client sent this `clientMessageId` before; the stored message stands. */
export class DuplicateClientMessage extends Error {
  override readonly name = 'DuplicateClientMessage';
}

function single<T>(rows: T[]): T {
  const row = rows[0];
  if (!row) throw new Error('statement returned no row');
  return row;
}
