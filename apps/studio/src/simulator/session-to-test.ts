import { messageText } from '@parley/flow';
import { isSecretMask } from './secret-mask';
import { buttonLabels, type SimSession, type SimTurn } from './simulator-session';
import type { BotMessage, TraceEntry } from './simulator-schemas';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = Record<string, Json>;

/** One turn of a stored conversation test (the bot document's `tests`). */
export interface ConversationTestTurn {
  say?: string;
  press?: string;
  timer?: string;
  ports?: Record<string, Record<string, Json>>;
  expect?: {
    messages?: (string | { text?: string; buttons?: string[] })[];
    node?: string;
    vars?: JsonObject;
    ended?: boolean | 'resolved' | 'unresolved';
    handedOff?: boolean;
  };
}

/** A stored conversation test. */
export interface ConversationTest {
  name: string;
  description?: string;
  locale?: string;
  vars?: JsonObject;
  contact?: JsonObject;
  turns: ConversationTestTurn[];
}

/** Why a session cannot become a test. */
export type NotATest = 'empty' | 'startedAtNode';

/** The ports and methods a test can script, as the test runner knows them. */
const scriptable: Record<string, readonly string[]> = {
  nlu: ['classify', 'sentiment'],
  llm: ['complete'],
  knowledge: ['search'],
  lookup: ['http', 'table'],
  action: ['http'],
  handoff: ['request'],
};
const failureCodes = ['timeout', 'unavailable', 'bad-response', 'not-configured'];

/**
 * A conversation test replaying a simulated session: each turn's input, the messages
 * the bot answered, the node it waited at, the variables the turn changed, and the
 * port answers it got (scripted, so the test never calls a real service). A session
 * started at a node cannot be replayed: tests start where conversations start.
 */
export function sessionToTest(
  session: SimSession,
  name: string,
  defaultLocale: string,
): ConversationTest | NotATest {
  if (session.options.startAt) return 'startedAtNode';
  if (session.turns.length < 2) return 'empty';
  const { locale, vars, contact } = session.options;
  return {
    name,
    ...(locale && locale !== defaultLocale ? { locale } : {}),
    ...(vars && Object.keys(vars).length > 0 ? { vars: vars as JsonObject } : {}),
    ...(contact && Object.keys(contact).length > 0 ? { contact: contact as JsonObject } : {}),
    turns: session.turns.map((turn, index) => testTurn(turn, session.turns[index - 1])),
  };
}

function testTurn(turn: SimTurn, previous: SimTurn | undefined): ConversationTestTurn {
  const ports = portScript(turn.trace);
  return {
    ...inputOf(turn, previous),
    ...(ports ? { ports } : {}),
    expect: expectation(turn),
  };
}

function inputOf(turn: SimTurn, previous: SimTurn | undefined): ConversationTestTurn {
  switch (turn.input.kind) {
    case 'say':
      return { say: turn.input.text };
    case 'press':
      return { press: turn.input.payload };
    case 'timer': {
      const nodeId = turn.input.nodeId ?? previous?.state.nodeId;
      return nodeId ? { timer: nodeId } : {};
    }
    case 'start':
      return {};
  }
}

function expectation(turn: SimTurn): NonNullable<ConversationTestTurn['expect']> {
  const messages = turn.messages.filter((m) => m.type !== 'handoff' && m.type !== 'end');
  const changed = changedVars(turn);
  const { status, nodeId } = turn.state;
  return {
    messages: messages.map(expectedMessage),
    ...(status === 'waiting' && nodeId ? { node: nodeId } : {}),
    ...(Object.keys(changed).length > 0 ? { vars: changed } : {}),
    ...(status === 'ended' ? { ended: endStatus(turn.messages) ?? true } : {}),
    ...(status === 'handoff' ? { handedOff: true } : {}),
  };
}

function expectedMessage(message: BotMessage): string | { text: string; buttons: string[] } {
  const text = messageText(message);
  const buttons = buttonLabels(message);
  return buttons.length > 0 ? { text, buttons } : text;
}

function endStatus(messages: BotMessage[]): 'resolved' | 'unresolved' | undefined {
  const end = messages.find((m) => m.type === 'end');
  return end?.type === 'end' ? end.status : undefined;
}

/**
 * The conversation variables the turn changed, at their values after it. Contact
 * attributes and masked (secret-looking) values are left out: a test cannot expect
 * what it cannot see.
 */
function changedVars(turn: SimTurn): JsonObject {
  const names = new Set<string>();
  for (const entry of turn.trace) {
    if (entry.type !== 'step') continue;
    for (const change of entry.varsChanged) {
      if (!change.name.startsWith('contact.')) names.add(change.name);
    }
  }
  const result: JsonObject = {};
  for (const name of names) {
    const value = turn.state.vars[name];
    if (value !== undefined && !isSecretMask(value)) result[name] = value;
  }
  return result;
}

/** The answers the turn's port calls got, in call order, as a test's port script. */
function portScript(trace: TraceEntry[]): ConversationTestTurn['ports'] | undefined {
  const calls = new Map<string, Map<string, Json[]>>();
  for (const entry of trace) {
    if (entry.type !== 'step') continue;
    for (const call of entry.portCalls) {
      if (!scriptable[call.port]?.includes(call.method)) continue;
      const answer: Json =
        call.error !== undefined ? { error: failureCode(call.error) } : (call.result ?? null);
      const methods = calls.get(call.port) ?? new Map<string, Json[]>();
      methods.set(call.method, [...(methods.get(call.method) ?? []), answer]);
      calls.set(call.port, methods);
    }
  }
  if (calls.size === 0) return undefined;
  const script: Record<string, Record<string, Json>> = {};
  for (const [port, methods] of calls) {
    script[port] = {};
    for (const [method, answers] of methods) {
      script[port][method] = answers.length === 1 ? (answers[0] ?? null) : answers;
    }
  }
  return script;
}

/** The trace writes a port failure as `code: message`; the test scripts the code. */
function failureCode(error: string): string {
  const code = error.split(':')[0]?.trim() ?? '';
  return failureCodes.includes(code) ? code : 'unavailable';
}

/** A test name not yet taken in `existing` ("Simulated conversation 3"). */
export function freeTestName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing);
  if (!taken.has(base)) return base;
  for (let number = 2; ; number += 1) {
    const candidate = `${base} ${number}`;
    if (!taken.has(candidate)) return candidate;
  }
}
