import type { OutboundMessage, SessionState, TraceEntry } from '@parley/engine';
import type { BotDocument } from '@parley/flow';
import {
  pendingTimer,
  startConversation,
  type Conversation,
  type FlowInput,
  type TurnRecord,
} from '@parley/testing';
import { hasInput, type ConversationTest, type ConversationTurn } from './conversation-test.schema';
import { messageChoices } from './message-expectation.matcher';
import { checkTurn } from './turn-expectation.checker';
import type { TurnFailure } from './turn-failure';
import { createTurnPorts, type TurnPorts } from './turn-ports';

/** One checked turn: its 1-based number in the test, what happened, what was wrong. */
export interface TurnReport {
  number: number;
  turn: ConversationTurn;
  /** Absent when the turn could not be played at all (see the `error` failure). */
  record: TurnRecord | undefined;
  failures: TurnFailure[];
}

/** What running one test gave. */
export interface TestReport {
  test: ConversationTest;
  passed: boolean;
  /** The turns played, up to and including the first that failed. */
  turns: TurnReport[];
  /** The trace of every turn played, the unchecked opening included (for coverage). */
  trace: TraceEntry[];
}

/**
 * Plays a conversation test through the real engine and executors, turn by turn,
 * with each turn's scripted port answers, and stops at the first turn that does
 * not go as expected (later turns would only repeat the same divergence).
 */
export async function runConversationTest(
  doc: BotDocument,
  test: ConversationTest,
): Promise<TestReport> {
  const ports = createTurnPorts();
  const [first] = test.turns;
  const opening = first !== undefined && !hasInput(first) ? first : undefined;
  ports.use(opening?.ports);
  let conversation: Conversation;
  try {
    conversation = await startConversation(doc, {
      ports: ports.ports,
      ...(test.vars === undefined ? {} : { vars: test.vars }),
      ...(test.contact === undefined ? {} : { contact: test.contact }),
      ...(test.locale === undefined ? {} : { locale: test.locale }),
    });
  } catch (error) {
    const turn = first ?? {};
    return { test, passed: false, turns: [refused(1, turn, error)], trace: [] };
  }
  const turns: TurnReport[] = [];
  for (const [index, turn] of test.turns.entries()) {
    const number = index + 1;
    const report =
      turn === opening
        ? { number, turn, record: conversation.turns[0], failures: [] }
        : await play(conversation, ports, turn, number);
    turns.push(check(doc, ports, report));
    if (turns[turns.length - 1]?.failures.length !== 0) break;
  }
  return {
    test,
    passed: turns.every((t) => t.failures.length === 0),
    turns,
    trace: conversation.turns.flatMap((record) => record.trace),
  };
}

/** Sends the turn's input with the turn's scripted ports. */
async function play(
  conversation: Conversation,
  ports: TurnPorts,
  turn: ConversationTurn,
  number: number,
): Promise<TurnReport> {
  ports.use(turn.ports);
  const input = toFlowInput(turn, conversation);
  if (!input.ok) {
    const failure: TurnFailure = { kind: 'error', message: input.reason, at: undefined };
    return { number, turn, record: undefined, failures: [failure] };
  }
  try {
    return { number, turn, record: await conversation.send(input.input), failures: [] };
  } catch (error) {
    return refused(number, turn, error);
  }
}

/** The engine threw (an input over its limits, say): the turn fails with the reason. */
function refused(number: number, turn: ConversationTurn, error: unknown): TurnReport {
  const message = `the engine refused the turn: ${error instanceof Error ? error.message : String(error)}`;
  return { number, turn, record: undefined, failures: [{ kind: 'error', message, at: undefined }] };
}

/** Checks the turn's expectations and that every scripted port answer was asked for. */
function check(doc: BotDocument, ports: TurnPorts, report: TurnReport): TurnReport {
  if (report.record === undefined) return report;
  const failures = [
    ...report.failures,
    ...checkTurn(doc, report.turn.expect, report.record),
    ...ports.unused().map((message): TurnFailure => ({ kind: 'ports', message, at: undefined })),
  ];
  return { ...report, failures };
}

/**
 * The input of a turn. A pressed payload carries the label of the button that has it
 * (as a channel would send it); a timer must be pending.
 */
function toFlowInput(
  turn: ConversationTurn,
  conversation: Conversation,
): { ok: true; input: FlowInput } | { ok: false; reason: string } {
  if (turn.say !== undefined) return { ok: true, input: turn.say };
  if (turn.press !== undefined) {
    const label = lastChoices(conversation).find((c) => c.payload === turn.press)?.label;
    const input =
      label === undefined ? { payload: turn.press } : { payload: turn.press, text: label };
    return { ok: true, input };
  }
  if (turn.handback !== undefined)
    return { ok: true, input: { handback: turn.handback.vars ?? {} } };
  const id = turn.timer ?? '';
  const timer = findTimer(id, conversation.state);
  if (timer !== undefined) return { ok: true, input: { timer: timer.id } };
  const pending = conversation.state.waiting?.timers.map((t) => t.id).join(', ') || 'none';
  return { ok: false, reason: `no timer "${id}" is pending (pending: ${pending})` };
}

/** A timer by its own id, the engine's full id, or the id of the node that waits. */
function findTimer(id: string, state: SessionState): { id: string } | undefined {
  const byId = pendingTimer(id, state);
  if (byId !== undefined) return byId;
  return state.waiting?.nodeId === id ? state.waiting.timers[0] : undefined;
}

function lastChoices(conversation: Conversation): ReturnType<typeof messageChoices> {
  const last = conversation.turns[conversation.turns.length - 1];
  const messages: OutboundMessage[] = last?.messages ?? [];
  return messages.flatMap(messageChoices);
}
