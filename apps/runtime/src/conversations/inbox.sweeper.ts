import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { ConversationStore } from './conversation.store';
import { InboxDrainer } from './inbox.drainer';

/** Inboxes taken over per sweep; the rest wait for the next one. */
const BATCH = 50;

/**
 * Runs inboxes that hold messages nobody is processing: the replica holding the
 * lease died mid-turn, or the client that stored the message went away. Every
 * replica sweeps; the lease decides who runs each inbox.
 */
@Injectable()
export class InboxSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InboxSweeper.name);
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly store: ConversationStore,
    private readonly drainer: InboxDrainer,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.sweeping;
    await this.drainer.idle();
  }

  /** One pass: every orphaned inbox found is run (concurrently). */
  async sweep(): Promise<void> {
    const ids = await this.store.orphanedInboxes(BATCH);
    await Promise.all(
      ids.map((id) =>
        this.drainer.drain(id).catch((error: unknown) => {
          this.logger.warn(`Inbox of conversation ${id} not run: ${String(error)}`);
        }),
      ),
    );
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.sweeping = this.sweep()
        .catch((error: unknown) => this.logger.warn(`Inbox sweep failed: ${String(error)}`))
        .finally(() => {
          this.sweeping = undefined;
          this.schedule();
        });
    }, this.config.turns.sweepMs);
    this.timer.unref();
  }
}
