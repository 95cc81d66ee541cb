import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type InboundEvent,
  type JsonObject,
  maskSecrets,
  runTurn,
  type SessionState,
} from '@parley/engine';
import { type BotDocument, parseBotDocument } from '@parley/flow';
import { nodeExecutors } from '@parley/nodes/executors';
import { DataSource } from 'typeorm';
import { BotsService } from '../bots/bots.service';
import { EnginePortsFactory } from '../engine-ports/engine-ports.factory';
import { Environment } from '../environments/environment.entity';
import { documentStartingAt } from './simulator-entry';
import { SimulatorError } from './simulator-error';
import type { SimulatorSession, SimulatorStart } from './simulator-session';
import type { SimulatorState, SimulatorTurn } from './simulator.events';

/** The environment whose bot variables and secrets the simulator runs with. */
export const SIMULATOR_ENVIRONMENT = 'staging';

/**
 * Runs the studio's simulated conversations in this process: a bot's current
 * draft (no publish needed) on the real engine, executors and ports, with the
 * staging environment's variables and secrets. Nothing is written to the
 * database: a simulated conversation never shows up among conversations,
 * contacts, analytics or unrecognised messages.
 */
@Injectable()
export class SimulatorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bots: BotsService,
    private readonly ports: EnginePortsFactory,
  ) {}

  /** A new session on the bot's current draft, and its opening turn. */
  async start(
    workspaceId: string,
    start: SimulatorStart,
  ): Promise<{ session: SimulatorSession; turn: SimulatorTurn }> {
    const { doc, revision } = await this.draft(workspaceId, start.botId);
    checkStart(doc, start);
    const session: SimulatorSession = {
      id: randomUUID(),
      workspaceId,
      start,
      doc,
      draftRevision: revision,
      state: null,
      queue: Promise.resolve(),
      timers: [],
      timerGeneration: 0,
    };
    return { session, turn: await this.open(session) };
  }

  /** Starts the session again, as it was started, on the draft it runs. */
  restart(session: SimulatorSession): Promise<SimulatorTurn> {
    session.state = null;
    return this.open(session);
  }

  /** One thing the customer did: typed, pressed a button, or a timer fired. */
  async turn(session: SimulatorSession, event: InboundEvent): Promise<SimulatorTurn> {
    return this.run(session, session.doc, event);
  }

  /** The language of the rest of the conversation (and of the next restart). */
  setLocale(session: SimulatorSession, locale: string): SimulatorState {
    if (!session.doc.locales.includes(locale)) {
      throw new SimulatorError(400, unknownLocale(session.doc, locale));
    }
    session.start = { ...session.start, locale };
    if (session.state) session.state = { ...session.state, locale };
    return viewState(session.state, session.doc, locale);
  }

  /**
   * Goes on on the bot's newest draft, variables kept, when the node the
   * conversation is at still exists there with the same kind (and so do the
   * nodes of the flows that called it); otherwise says why not.
   */
  async continueOnDraft(
    session: SimulatorSession,
  ): Promise<{ state: SimulatorState; draftRevision: number }> {
    const { doc, revision } = await this.draft(session.workspaceId, session.start.botId);
    const frames = session.state?.stack ?? [];
    // Innermost first: the node the conversation is at is what the analyst sees.
    for (const frame of [...frames].reverse()) {
      const before = nodeOf(session.doc, frame.flowId, frame.nodeId);
      const after = nodeOf(doc, frame.flowId, frame.nodeId);
      if (!after) {
        throw new SimulatorError(
          409,
          `Node ${frame.nodeId} of flow ${frame.flowId} is not in the new draft`,
          { reason: 'node-removed', nodeId: frame.nodeId },
        );
      }
      if (before && before.type !== after.type) {
        throw new SimulatorError(
          409,
          `Node ${frame.nodeId} is a ${after.type} node in the new draft, not a ${before.type} node`,
          { reason: 'kind-changed', nodeId: frame.nodeId },
        );
      }
    }
    const locale = session.state?.locale ?? session.start.locale;
    if (locale !== undefined && !doc.locales.includes(locale)) {
      throw new SimulatorError(409, unknownLocale(doc, locale));
    }
    session.doc = doc;
    session.draftRevision = revision;
    return { state: viewState(session.state, doc), draftRevision: revision };
  }

  private open(session: SimulatorSession): Promise<SimulatorTurn> {
    const { startAt, locale, vars, contact } = session.start;
    return this.environment(session).then((environment) => {
      const entry = startAt
        ? documentStartingAt(session.doc, startAt.flowId, startAt.nodeId)
        : session.doc;
      const event: InboundEvent = {
        type: 'start',
        locale: locale ?? session.doc.defaultLocale,
        // The staging values of the bot's variables, under what the analyst set.
        vars: { ...(environment.variables as JsonObject), ...vars },
        contact: { ...contact },
        conversationId: session.id,
        channel: 'simulator',
      };
      return this.run(session, entry, event);
    });
  }

  private async run(
    session: SimulatorSession,
    doc: BotDocument,
    event: InboundEvent,
  ): Promise<SimulatorTurn> {
    const environment = await this.environment(session);
    const started = performance.now();
    const result = await runTurn(doc, session.state, event, {
      executors: nodeExecutors,
      ports: this.ports.create({
        workspaceId: session.workspaceId,
        conversationId: `simulator:${session.id}`,
        turnKey: randomUUID(),
        secretNames: environment.secrets,
      }),
      options: { botVersion: `draft:${session.draftRevision}` },
    });
    session.state = result.state;
    return {
      messages: result.messages,
      trace: result.trace,
      state: viewState(result.state, session.doc),
      ms: Math.round(performance.now() - started),
    };
  }

  /** The draft as it is saved now, parsed as publishing would parse it. */
  private async draft(
    workspaceId: string,
    botId: string,
  ): Promise<{ doc: BotDocument; revision: number }> {
    const bot = await this.bots.get(workspaceId, botId);
    const parsed = parseBotDocument(bot.draft);
    if (!parsed.ok) {
      throw new SimulatorError(
        422,
        'The draft is not a complete bot document yet, so it cannot be simulated',
        { problems: parsed.problems.map((p) => ({ path: p.path.join('.'), message: p.message })) },
      );
    }
    return { doc: parsed.doc, revision: bot.draftRevision };
  }

  /** Staging's bot variables and secret mapping; none when the bot has no staging. */
  private async environment(
    session: SimulatorSession,
  ): Promise<Pick<Environment, 'variables' | 'secrets'>> {
    const environment = await this.dataSource.manager.findOne(Environment, {
      where: {
        workspaceId: session.workspaceId,
        botId: session.start.botId,
        name: SIMULATOR_ENVIRONMENT,
      },
      select: { variables: true, secrets: true },
    });
    return environment ?? { variables: {}, secrets: {} };
  }
}

function checkStart(doc: BotDocument, start: SimulatorStart): void {
  if (start.locale !== undefined && !doc.locales.includes(start.locale)) {
    throw new SimulatorError(400, unknownLocale(doc, start.locale));
  }
  const at = start.startAt;
  if (at && !nodeOf(doc, at.flowId, at.nodeId)) {
    throw new SimulatorError(404, `The draft has no node ${at.nodeId} in flow ${at.flowId}`);
  }
}

function nodeOf(doc: BotDocument, flowId: string, nodeId: string) {
  return doc.flows.find((flow) => flow.id === flowId)?.nodes.find((node) => node.id === nodeId);
}

function unknownLocale(doc: BotDocument, locale: string): string {
  return `The bot does not speak ${locale}; its languages are ${doc.locales.join(', ')}`;
}

/** The state as the studio shows it: where the conversation is, and its (masked) variables. */
function viewState(
  state: SessionState | null,
  doc: BotDocument,
  locale = state?.locale ?? doc.defaultLocale,
): SimulatorState {
  const frame = state?.stack.at(-1);
  const where = state?.waiting ?? frame;
  const status = state?.status ?? 'idle';
  return {
    ...(where && status !== 'idle' ? { flowId: where.flowId, nodeId: where.nodeId } : {}),
    status: status === 'active' ? 'idle' : status,
    locale,
    vars: maskSecrets(state?.vars ?? {}) as JsonObject,
    contact: maskSecrets(state?.contact ?? {}) as JsonObject,
  };
}
