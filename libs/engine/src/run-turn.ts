import type { BotDocument } from '@parley/flow';
import { indexDocument } from './document/document-index';
import type { EngineHost, TurnResult } from './engine-host';
import { inboundEventSchema, type InboundEvent } from './events';
import { expressionLimits } from './expressions/expression-limits';
import { createTracedPorts } from './ports/traced-ports';
import { sessionStateSchema, type SessionState } from './session-state';
import { createSessionState } from './state/initial-state';
import { toSessionState } from './state/session-state.packer';
import { VarStore } from './state/var-store';
import type { VarChange } from './trace';
import { dispatchEvent } from './turn/event-dispatch';
import type { Turn } from './turn/turn';

/**
 * Process one inbound event of one conversation: run nodes until the flow waits for
 * input, hands off, goes idle or ends, and return the new state, the messages to send
 * and the trace. `state` is `null` for a new conversation (any event then starts the
 * main flow; a `start` event may carry vars, contact, locale, conversation id, channel).
 * No I/O of its own: everything outside goes through `host.ports`.
 *
 * Throws only when `state` or `event` do not match their schemas (a host bug).
 *
 * @example
 * const first = await runTurn(doc, null, { type: 'start' }, host);
 * const next = await runTurn(doc, first.state, { type: 'text', text: 'hi' }, host);
 */
export async function runTurn(
  doc: BotDocument,
  state: SessionState | null,
  event: InboundEvent,
  host: EngineHost,
): Promise<TurnResult> {
  const parsedEvent = inboundEventSchema.parse(event);
  const isNew = state === null;
  const current =
    state === null
      ? createSessionState(doc, {
          botVersion: host.options?.botVersion ?? String(doc.schemaVersion),
          start: parsedEvent.type === 'start' ? parsedEvent : undefined,
        })
      : sessionStateSchema.parse(state);
  const turn = createTurn(doc, current, host);
  await dispatchEvent(turn, parsedEvent, isNew);
  const next = toSessionState(turn);
  return {
    state: next,
    messages: turn.messages,
    trace: turn.trace,
    status: next.status === 'active' ? 'idle' : next.status,
  };
}

function createTurn(doc: BotDocument, state: SessionState, host: EngineHost): Turn {
  const tracing = host.options?.trace ?? true;
  const changes: VarChange[] = [];
  const log = tracing ? changes : undefined;
  const dropScope = () => {
    turn.scope = undefined;
  };
  const turn: Turn = {
    doc,
    index: indexDocument(doc),
    executors: host.executors,
    rawPorts: host.ports,
    ports: tracing ? createTracedPorts(host.ports, () => turn.portCalls) : host.ports,
    settings: {
      tracing,
      maxSteps: host.options?.maxSteps ?? doc.settings.maxStepsPerTurn,
      expressionTimeoutMs: host.options?.expressionTimeoutMs ?? expressionLimits.timeoutMs,
    },
    botId: state.botId,
    botVersion: state.botVersion,
    locale: state.locale,
    conversationId: state.conversationId,
    channel: state.channel,
    turnNumber: state.turn,
    status: state.status,
    endStatus: state.endStatus,
    stack: state.stack.map((frame) => ({ ...frame })),
    waiting: state.waiting,
    vars: new VarStore(state.vars, '', log, dropScope),
    contact: new VarStore(state.contact, 'contact.', log, dropScope),
    nlu: state.nlu,
    history: [...state.history],
    message: undefined,
    consumed: true,
    messages: [],
    trace: [],
    changes,
    portCalls: [],
    steps: 0,
    scope: undefined,
    scopeParts: undefined,
    evaluation: {
      timeoutMs: host.options?.expressionTimeoutMs ?? expressionLimits.timeoutMs,
      now: () => host.ports.clock.now(),
    },
    locales: { locale: state.locale, defaultLocale: doc.defaultLocale },
  };
  return turn;
}
