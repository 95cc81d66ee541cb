import {
  runTurn,
  type EngineOptions,
  type ExecutorCatalog,
  type InboundEvent,
  type Json,
  type JsonObject,
  type OutboundMessage,
  type Ports,
  type SessionState,
  type StartEvent,
  type TraceEntry,
  type TurnResult,
} from '@parley/engine';
import type { BotDocument } from '@parley/flow';
import { defaultExecutors } from './default-executors';
import { pendingTimer, toInboundEvent, type FlowInput } from './flow-input';
import { messageText } from './message-text';
import { createTestPorts, type PortScript, type TestPorts } from './test-ports';

/** How a tiny-flow conversation is set up; every field is optional. */
export interface RunFlowOptions {
  /** Variables, contact attributes and locale given by the `start` event. */
  vars?: JsonObject;
  contact?: JsonObject;
  locale?: string;
  /** Scripted answers for the test ports (see `createTestPorts`). */
  script?: PortScript;
  /** Ports replacing test ports one by one, or a whole `createTestPorts(...)` result. */
  ports?: Partial<Ports>;
  /** Executors by kind; default: every kind's real executor from `@parley/nodes/executors`. */
  executors?: ExecutorCatalog;
  /** Engine tuning (step limit, tracing, expression timeout). */
  engine?: EngineOptions;
}

/** What one event did. */
export interface TurnRecord {
  event: InboundEvent;
  messages: OutboundMessage[];
  /** `messageText` of each message. */
  texts: string[];
  trace: TraceEntry[];
  state: SessionState;
  status: TurnResult['status'];
}

/** A whole tiny-flow conversation; `turns[0]` is the `start` turn. */
export interface FlowRun {
  turns: TurnRecord[];
  /** The last turn. */
  last: TurnRecord;
  state: SessionState;
  vars: Record<string, Json>;
  status: TurnResult['status'];
  endStatus: SessionState['endStatus'];
  /** Every message and text across turns. */
  messages: OutboundMessage[];
  texts: string[];
  /** Every trace entry across turns. */
  trace: TraceEntry[];
  /** The ids of the nodes stepped, in order, across turns. */
  path: string[];
  /** The test ports used: call log and clock. */
  ports: TestPorts;
}

/** A conversation a spec drives one input at a time. */
export interface Conversation {
  readonly ports: TestPorts;
  readonly turns: readonly TurnRecord[];
  readonly state: SessionState;
  send(input: FlowInput): Promise<TurnRecord>;
  /** Everything so far, as `runFlow` returns it. */
  result(): FlowRun;
}

/**
 * Runs a tiny flow through the real engine and executors: a `start` event, then each
 * input in order. Ports default to `createTestPorts(options.script)`.
 *
 * @example
 * const run = await runFlow(doc, ['Ada'], { locale: 'en' });
 * expect(run.texts).toEqual(['Your name?', 'Hi Ada']);
 * expect(run.vars.name).toBe('Ada');
 */
export async function runFlow(
  doc: BotDocument,
  inputs: readonly FlowInput[],
  options: RunFlowOptions = {},
): Promise<FlowRun> {
  const conversation = await startConversation(doc, options);
  for (const input of inputs) await conversation.send(input);
  return conversation.result();
}

/** Starts a conversation (runs the `start` turn) and returns it for step-by-step specs. */
export async function startConversation(
  doc: BotDocument,
  options: RunFlowOptions = {},
): Promise<Conversation> {
  const testPorts = isTestPorts(options.ports) ? options.ports : createTestPorts(options.script);
  const host = {
    executors: options.executors ?? defaultExecutors,
    ports: { ...testPorts, ...options.ports },
    ...(options.engine === undefined ? {} : { options: options.engine }),
  };
  const turns: TurnRecord[] = [];
  let state: SessionState | null = null;
  const play = async (event: InboundEvent): Promise<TurnRecord> => {
    const result = await runTurn(doc, state, event, host);
    state = result.state;
    const record: TurnRecord = { ...result, event, texts: result.messages.map(messageText) };
    turns.push(record);
    return record;
  };
  const first = await play(startEvent(options));
  const current = (): SessionState => state ?? first.state;
  return {
    ports: testPorts,
    get turns() {
      return turns;
    },
    get state() {
      return current();
    },
    send: (input) => {
      const event = toInboundEvent(input, current());
      if (event.type === 'timer') {
        // Fire at the due time, so the clock agrees with the timer.
        const due = pendingTimer(event.timerId, current())?.dueAt;
        if (due !== undefined && due > testPorts.clock.now()) testPorts.clock.set(due);
      }
      return play(event);
    },
    result: () => summarise(turns, current(), testPorts),
  };
}

function startEvent(options: RunFlowOptions): StartEvent {
  const event: StartEvent = { type: 'start' };
  if (options.vars !== undefined) event.vars = options.vars;
  if (options.contact !== undefined) event.contact = options.contact;
  if (options.locale !== undefined) event.locale = options.locale;
  return event;
}

function summarise(turns: TurnRecord[], state: SessionState, ports: TestPorts): FlowRun {
  const last = turns[turns.length - 1];
  if (last === undefined) throw new Error('The conversation has no turns');
  const trace = turns.flatMap((turn) => turn.trace);
  return {
    turns,
    last,
    state,
    vars: state.vars,
    status: last.status,
    endStatus: state.endStatus,
    messages: turns.flatMap((turn) => turn.messages),
    texts: turns.flatMap((turn) => turn.texts),
    trace,
    path: trace.flatMap((entry) => (entry.type === 'step' ? [entry.nodeId] : [])),
    ports,
  };
}

function isTestPorts(ports: Partial<Ports> | undefined): ports is TestPorts {
  return (
    ports !== undefined &&
    'calls' in ports &&
    'callsTo' in ports &&
    ports.clock !== undefined &&
    'advance' in ports.clock
  );
}
