import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BotsService } from '../bots/bots.service';

/** A conversation as staff lists see it. */
export interface ConversationSummary {
  id: string;
  environment: string;
  version: number;
  channel: string;
  locale: string | null;
  status: string;
  contact: { externalId: string | null; verified: boolean } | null;
  turns: number;
  lastActivityAt: string;
  createdAt: string;
}

/** One turn with its trace, as the studio's inspector and operators read it. */
export interface TurnView {
  number: number;
  outcome: string;
  status: string;
  durationMs: number;
  error: string | null;
  inbound: { seq: number; author: string; content: unknown };
  trace: unknown[];
  createdAt: string;
}

/**
 * What happened in a bot's conversations, for staff of its workspace: the
 * conversations newest first, and each one's turns with their traces.
 */
@Injectable()
export class ConversationHistoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bots: BotsService,
  ) {}

  async list(
    workspaceId: string,
    botId: string,
    options: { limit: number; before?: string | undefined },
  ): Promise<ConversationSummary[]> {
    await this.bots.get(workspaceId, botId);
    const rows: {
      id: string;
      environment: string;
      version: number;
      channel: string;
      locale: string | null;
      status: string;
      external_id: string | null;
      verified: boolean | null;
      turn_count: number;
      last_activity_at: Date;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT c.id, c.environment, v.number AS version, c.channel, c.locale, c.status,
              ct.external_id, ct.verified, c.turn_count, c.last_activity_at, c.created_at
       FROM conversations c
       JOIN bot_versions v ON v.id = c.version_id
       LEFT JOIN contacts ct ON ct.id = c.contact_id
       WHERE c.workspace_id = $1 AND c.bot_id = $2
         AND ($3::timestamptz IS NULL OR c.created_at < $3)
       ORDER BY c.created_at DESC LIMIT $4`,
      [workspaceId, botId, options.before ?? null, options.limit],
    );
    return rows.map((row) => ({
      id: row.id,
      environment: row.environment,
      version: row.version,
      channel: row.channel,
      locale: row.locale,
      status: row.status,
      contact:
        row.verified === null ? null : { externalId: row.external_id, verified: row.verified },
      turns: row.turn_count,
      lastActivityAt: row.last_activity_at.toISOString(),
      createdAt: row.created_at.toISOString(),
    }));
  }

  async turns(workspaceId: string, botId: string, conversationId: string): Promise<TurnView[]> {
    await this.bots.get(workspaceId, botId);
    const rows: {
      number: number;
      outcome: string;
      status: string;
      duration_ms: number;
      error: string | null;
      seq: number;
      author: string;
      content: unknown;
      trace: unknown[];
      created_at: Date;
      conversation_ok: boolean;
    }[] = await this.dataSource.query(
      `SELECT t.number, t.outcome, t.status, t.duration_ms, t.error, m.seq, m.author, m.content,
              t.trace, t.created_at
       FROM turns t
       JOIN chat_messages m ON m.id = t.inbound_message_id
       JOIN conversations c ON c.id = t.conversation_id
       WHERE t.conversation_id = $1 AND c.workspace_id = $2 AND c.bot_id = $3
       ORDER BY t.number`,
      [conversationId, workspaceId, botId],
    );
    if (rows.length === 0) {
      const [exists]: unknown[] = await this.dataSource.query(
        'SELECT 1 FROM conversations WHERE id = $1 AND workspace_id = $2 AND bot_id = $3',
        [conversationId, workspaceId, botId],
      );
      if (!exists) throw new NotFoundException(`No conversation ${conversationId} for this bot`);
    }
    return rows.map((row) => ({
      number: row.number,
      outcome: row.outcome,
      status: row.status,
      durationMs: row.duration_ms,
      error: row.error,
      inbound: { seq: row.seq, author: row.author, content: row.content },
      trace: row.trace,
      createdAt: row.created_at.toISOString(),
    }));
  }
}
