import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { pickLocale, runTurn, type SessionState, type TurnResult } from '@parley/engine';
import type { BotDocument } from '@parley/flow';
import { nodeExecutors } from '@parley/nodes/executors';
import { DataSource } from 'typeorm';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { EnginePortsFactory } from '../engine-ports/engine-ports.factory';
import { TimersService } from '../timers/timers.service';
import { VersionsService } from '../versions/versions.service';
import {
  type Committed,
  type ConversationRow,
  ConversationStore,
  type PendingMessage,
  type TurnWrite,
} from './conversation.store';
import { ConversationMetrics } from './conversation.metrics';
import { EnvironmentSecretsCache } from './environment-secrets.cache';
import { INACTIVITY_TIMER, NODE_TIMER } from './timer-kinds';

/** A processed turn: its commit, and the conversation as it stands after it. */
export interface ProcessedTurn extends Committed {
  conversation: ConversationRow;
}

/**
 * Runs one inbound message through the engine and commits the result: state,
 * turn with trace, replies, processed mark, and timers that changed. Holds no
 * database connection while the engine waits on a port. Returns `undefined`
 * when the lease was lost meanwhile: then nothing was written, and whoever holds
 * the lease now runs the message again.
 */
@Injectable()
export class TurnProcessor {
  private readonly logger = new Logger(TurnProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly store: ConversationStore,
    private readonly versions: VersionsService,
    private readonly ports: EnginePortsFactory,
    private readonly timers: TimersService,
    private readonly secrets: EnvironmentSecretsCache,
    private readonly metrics: ConversationMetrics,
  ) {}

  async process(
    conversation: ConversationRow,
    message: PendingMessage,
    leaseOwner: string,
  ): Promise<ProcessedTurn | undefined> {
    const started = performance.now();
    const turnId = randomUUID();
    const base = {
      conversationId: conversation.id,
      leaseOwner,
      leaseMs: this.config.turns.leaseMs,
      inboundMessageId: message.id,
      turnId,
    };
    let write: TurnWrite;
    let doc: BotDocument | undefined;
    if (conversation.status === 'ended' || conversation.status === 'abandoned') {
      write = {
        ...base,
        ...unchanged(conversation),
        outcome: 'skipped',
        trace: [],
        durationMs: 0,
        error: null,
        outbound: [],
      };
    } else {
      doc = await this.versions.documentById(conversation.version_id);
      const result = await this.run(doc, conversation, message, turnId);
      const durationMs = Math.round(performance.now() - started);
      write =
        'error' in result
          ? {
              ...base,
              ...unchanged(conversation),
              outcome: 'failed',
              trace: [],
              durationMs,
              error: result.error,
              outbound: [fallbackMessage(doc, conversation.state)],
            }
          : {
              ...base,
              state: result.state,
              status: result.status,
              endStatus: result.state.endStatus ?? null,
              outcome: 'ok',
              trace: result.trace,
              durationMs,
              error: null,
              // Serialised once, as JSON, by the commit (which drops `undefined` fields).
              outbound: result.messages,
            };
    }
    const committed = await this.commit(write, conversation, doc);
    this.metrics.observeTurn(write.outcome, write.status, (performance.now() - started) / 1000);
    if (!committed) {
      this.logger.warn(
        `Lease of conversation ${conversation.id} lost during a turn; not committed`,
      );
      return undefined;
    }
    return {
      ...committed,
      conversation: {
        ...conversation,
        state: write.state,
        status: write.status,
        last_seq: committed.lastSeq,
        inbox_pending: committed.inboxPending,
        turn_count: conversation.turn_count + 1,
        lease_owner: committed.released ? null : leaseOwner,
      },
    };
  }

  private async run(
    doc: BotDocument,
    conversation: ConversationRow,
    message: PendingMessage,
    turnId: string,
  ): Promise<TurnResult | { error: string }> {
    try {
      const secretNames = await this.secrets.get(conversation.bot_id, conversation.environment);
      const ports = this.ports.create({
        workspaceId: conversation.workspace_id,
        conversationId: conversation.id,
        turnKey: message.id,
        secretNames,
      });
      return await runTurn(doc, conversation.state, message.content, {
        executors: nodeExecutors,
        ports,
        options: { botVersion: conversation.version_id },
      });
    } catch (error) {
      // The engine throws only on a host bug (a state or event off its schema).
      this.logger.error(
        `Turn ${turnId} of conversation ${conversation.id} failed: ${String(error)}`,
      );
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * Commits in one statement when no timer changes (the common case); otherwise
   * in a transaction that also moves the conversation's timers.
   */
  private async commit(
    write: TurnWrite,
    conversation: ConversationRow,
    doc: BotDocument | undefined,
  ): Promise<Committed | undefined> {
    const before = nodeTimers(conversation.state);
    const after = nodeTimers(write.state);
    const firstTurn = conversation.turn_count === 0 && doc !== undefined;
    if (!firstTurn && sameTimers(before, after)) return this.store.commitTurn(write);
    // Timer rows first, then the conversation row: the order timer handlers lock them in,
    // so a turn and a firing timer of the same conversation wait for each other, never deadlock.
    return this.dataSource
      .transaction(async (manager) => {
        await this.timers.cancelAllExcept(
          manager,
          conversation.id,
          NODE_TIMER,
          after.map((t) => t.id),
        );
        for (const timer of after) {
          await this.timers.schedule(manager, {
            subjectId: conversation.id,
            kind: NODE_TIMER,
            key: timer.id,
            dueAt: new Date(timer.dueAt),
          });
        }
        if (firstTurn) {
          await this.timers.schedule(manager, {
            subjectId: conversation.id,
            kind: INACTIVITY_TIMER,
            key: 'inactivity',
            dueAt: new Date(Date.now() + doc.settings.inactivityTimeoutMinutes * 60_000),
            payload: { minutes: doc.settings.inactivityTimeoutMinutes },
          });
        }
        const committed = await this.store.commitTurn(write, manager);
        // Lease lost: roll the timer changes back with everything else.
        if (!committed) throw new LeaseLost();
        return committed;
      })
      .catch((error: unknown) => {
        if (error instanceof LeaseLost) return undefined;
        throw error;
      });
  }
}

/** The lease moved on during the turn; its transaction is rolled back. */
class LeaseLost extends Error {}

function unchanged(
  conversation: ConversationRow,
): Pick<TurnWrite, 'state' | 'status' | 'endStatus'> {
  return {
    state: conversation.state,
    status: conversation.status,
    endStatus: conversation.state?.endStatus ?? null,
  };
}

/** What the customer sees when a turn could not run: the bot's fallback message. */
function fallbackMessage(doc: BotDocument, state: SessionState | null): Record<string, unknown> {
  const locale = state?.locale ?? doc.defaultLocale;
  return {
    type: 'text',
    text: pickLocale(doc.settings.fallbackMessage, locale, doc.defaultLocale),
  };
}

function nodeTimers(state: SessionState | null): { id: string; dueAt: number }[] {
  return state?.waiting?.timers ?? [];
}

function sameTimers(
  a: { id: string; dueAt: number }[],
  b: { id: string; dueAt: number }[],
): boolean {
  return (
    a.length === b.length &&
    a.every((timer, i) => timer.id === b[i]?.id && timer.dueAt === b[i]?.dueAt)
  );
}
