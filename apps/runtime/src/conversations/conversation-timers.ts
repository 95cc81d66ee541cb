import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { type DueTimer, TimersService } from '../timers/timers.service';
import { ConversationStore, DuplicateClientMessage } from './conversation.store';
import { ConversationNotifier } from './conversation.notifier';
import { InboxDrainer } from './inbox.drainer';
import { INACTIVITY_TIMER, NODE_TIMER } from './timer-kinds';

/**
 * What conversations' timers do when they fire: a node timer becomes an inbound
 * `timer` event (stored like any message, then run in order); the inactivity
 * timer marks a silent conversation abandoned, or moves itself to the new
 * deadline if the customer spoke since it was set.
 */
@Injectable()
export class ConversationTimers implements OnModuleInit {
  private readonly logger = new Logger(ConversationTimers.name);

  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly timers: TimersService,
    private readonly store: ConversationStore,
    private readonly drainer: InboxDrainer,
    private readonly notifier: ConversationNotifier,
  ) {}

  onModuleInit(): void {
    this.timers.onDue(NODE_TIMER, (timer, manager) => this.nodeTimer(timer, manager));
    this.timers.onDue(INACTIVITY_TIMER, (timer, manager) => this.inactivity(timer, manager));
  }

  private async nodeTimer(timer: DueTimer, manager: EntityManager): Promise<void> {
    try {
      const accepted = await this.store.accept(
        {
          conversationId: timer.subjectId,
          botId: null,
          author: 'system',
          event: { type: 'timer', timerId: timer.key },
          // One delivery per firing, even if this transaction's commit is retried.
          clientMessageId: `timer:${timer.id}:${timer.dueAt.getTime()}`,
          leaseOwner: null,
          leaseMs: this.config.turns.leaseMs,
        },
        manager,
      );
      if (!accepted) return; // The conversation ended or is gone: nothing to wake.
    } catch (error) {
      if (error instanceof DuplicateClientMessage) return;
      throw error;
    }
    // The stored timer event can be run once the firing has committed (the sweeper would, later).
    this.timers.runAfterCommit(manager, () => {
      this.drainer.drain(timer.subjectId).catch((error: unknown) => {
        this.logger.warn(`Timer turn of ${timer.subjectId} not run yet: ${String(error)}`);
      });
    });
  }

  private async inactivity(timer: DueTimer, manager: EntityManager): Promise<void> {
    const minutes = Number(timer.payload.minutes ?? 30);
    const rows: { status: string; deadline: Date; busy: boolean }[] = await manager.query(
      `SELECT status, last_activity_at + $2 * interval '1 minute' AS deadline,
              inbox_pending > 0 AS busy
       FROM conversations WHERE id = $1 FOR UPDATE`,
      [timer.subjectId, minutes],
    );
    const conversation = rows[0];
    if (!conversation || conversation.status === 'ended' || conversation.status === 'abandoned') {
      return;
    }
    if (conversation.busy || new Date(conversation.deadline).getTime() > Date.now()) {
      await this.timers.schedule(manager, {
        subjectId: timer.subjectId,
        kind: INACTIVITY_TIMER,
        key: timer.key,
        dueAt: new Date(Math.max(new Date(conversation.deadline).getTime(), Date.now() + 1_000)),
        payload: timer.payload,
      });
      return;
    }
    await manager.query(
      `UPDATE conversations SET status = 'abandoned', updated_at = now() WHERE id = $1`,
      [timer.subjectId],
    );
    await this.timers.cancel(manager, timer.subjectId, NODE_TIMER);
    // Live views learn the new status once this transaction has committed.
    this.timers.runAfterCommit(manager, () => this.notifier.announce(timer.subjectId));
  }
}
