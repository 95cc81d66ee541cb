import { Inject, Injectable } from '@nestjs/common';
import type { LlmPort, Ports } from '@parley/engine';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { SecretsService } from '../secrets/secrets.service';
import { createActionPort } from './action.adapter';
import { ActionReplayStore } from './action-replay.store';
import { systemClock } from './clock.adapter';
import { createLlmPort } from './llm.adapter';
import { createLookupPort } from './lookup.adapter';
import { SecretResolver } from './secret-resolver';
import {
  unconfiguredHandoff,
  unconfiguredKnowledge,
  unconfiguredNlu,
} from './unconfigured.adapters';

/** Whose turn the ports serve. */
export interface EnginePortsContext {
  workspaceId: string;
  conversationId: string;
  /** The idempotency key of this turn, e.g. the inbound message id; the same when the turn is run again. */
  turnKey: string;
  /**
   * The environment's secret mapping: the name a bot document uses → the vault
   * secret's name. A name the mapping lacks stands for itself.
   */
  secretNames: Record<string, string>;
}

/**
 * Builds the engine's ports for one turn (`EngineHost.ports`): HTTP lookups and
 * actions with the workspace's secrets, the system clock, and the services the
 * runtime does not have yet (NLU, LLM, knowledge, handoff, data tables) failing as
 * `not-configured` with a reason the trace shows.
 *
 * @example
 * const ports = factory.create({ workspaceId, conversationId, turnKey: message.id, secretNames });
 * const result = await runTurn(doc, state, event, { executors: nodeExecutors, ports });
 */
@Injectable()
export class EnginePortsFactory {
  /** Shared by every turn of this process, so a turn run again does not write twice. */
  private readonly actionReplays = new ActionReplayStore();
  private readonly llm: LlmPort;

  constructor(
    private readonly vault: SecretsService,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    this.llm = createLlmPort(config.llm);
  }

  create(context: EnginePortsContext): Ports {
    const secrets = new SecretResolver(this.vault, context.workspaceId, {
      ...context.secretNames,
    });
    return {
      nlu: unconfiguredNlu,
      llm: this.llm,
      knowledge: unconfiguredKnowledge,
      lookup: createLookupPort(secrets),
      action: createActionPort(secrets, this.actionReplays, context),
      clock: systemClock,
      handoff: unconfiguredHandoff,
    };
  }
}
