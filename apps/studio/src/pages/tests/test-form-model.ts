import type {
  MessageExpectation,
  StoredConversationTest,
  StoredConversationTurn,
} from '@parley/flow';

/** What the user does in a turn; `opening` checks what the bot says first. */
export type TurnAction = 'opening' | 'say' | 'press' | 'timer' | 'handback';
export const turnActions: readonly TurnAction[] = ['opening', 'say', 'press', 'timer', 'handback'];

/** Which text check a message expectation makes; `none` checks only its buttons. */
export type MessageMatch = 'text' | 'contains' | 'regex' | 'none';
export const messageMatches: readonly MessageMatch[] = ['text', 'contains', 'regex', 'none'];

/** `''`: not checked. */
export type EndedChoice = '' | 'true' | 'false' | 'resolved' | 'unresolved';
export type HandedOffChoice = '' | 'true' | 'false';

export interface MessageForm {
  key: string;
  match: MessageMatch;
  value: string;
  /** Labels of its buttons or quick replies, in order; empty: not checked. */
  buttons: string[];
}

export interface TurnForm {
  key: string;
  action: TurnAction;
  /** The text said, the payload pressed, the timer's id, or the hand-back's variables (JSON). */
  value: string;
  /** Scripted port answers as JSON; empty: none. */
  ports: string;
  /** Off: what the bot says is not checked. On with no messages: it must say nothing. */
  checkMessages: boolean;
  messages: MessageForm[];
  node: string;
  /** Expected variables as a JSON object; empty: not checked. */
  vars: string;
  ended: EndedChoice;
  handedOff: HandedOffChoice;
}

/** A conversation test as the editor holds it: JSON fields stay text until saved. */
export interface TestForm {
  name: string;
  description: string;
  /** Empty: the bot's default locale. */
  locale: string;
  contact: string;
  vars: string;
  turns: TurnForm[];
}

let keys = 0;
/** Stable React keys for rows the user adds, moves and removes. */
export function newKey(): string {
  keys += 1;
  return `row-${keys}`;
}

export function emptyMessage(): MessageForm {
  return { key: newKey(), match: 'text', value: '', buttons: [] };
}

export function emptyTurn(action: TurnAction = 'say'): TurnForm {
  return {
    key: newKey(),
    action,
    value: '',
    ports: '',
    checkMessages: true,
    messages: [emptyMessage()],
    node: '',
    vars: '',
    ended: '',
    handedOff: '',
  };
}

/** A new test: it opens the conversation and checks the greeting. */
export function emptyTestForm(name: string): TestForm {
  return {
    name,
    description: '',
    locale: '',
    contact: '',
    vars: '',
    turns: [emptyTurn('opening')],
  };
}

/** A stored test as the editor shows it. */
export function toTestForm(test: StoredConversationTest): TestForm {
  return {
    name: test.name,
    description: test.description ?? '',
    locale: test.locale ?? '',
    contact: jsonText(test.contact),
    vars: jsonText(test.vars),
    turns: test.turns.map(toTurnForm),
  };
}

function toTurnForm(turn: StoredConversationTurn): TurnForm {
  const expect = turn.expect ?? {};
  return {
    key: newKey(),
    ...turnInput(turn),
    ports: jsonText(turn.ports),
    checkMessages: expect.messages !== undefined,
    messages: (expect.messages ?? []).map(toMessageForm),
    node: expect.node ?? '',
    vars: jsonText(expect.vars),
    ended: expect.ended === undefined ? '' : (String(expect.ended) as EndedChoice),
    handedOff: expect.handedOff === undefined ? '' : (String(expect.handedOff) as HandedOffChoice),
  };
}

function turnInput(turn: StoredConversationTurn): { action: TurnAction; value: string } {
  if (turn.say !== undefined) return { action: 'say', value: turn.say };
  if (turn.press !== undefined) return { action: 'press', value: turn.press };
  if (turn.timer !== undefined) return { action: 'timer', value: turn.timer };
  if (turn.handback !== undefined)
    return { action: 'handback', value: jsonText(turn.handback.vars) };
  return { action: 'opening', value: '' };
}

function toMessageForm(expected: MessageExpectation): MessageForm {
  if (typeof expected === 'string')
    return { key: newKey(), match: 'text', value: expected, buttons: [] };
  const buttons = expected.buttons ?? [];
  if (expected.text !== undefined)
    return { key: newKey(), match: 'text', value: expected.text, buttons };
  if (expected.contains !== undefined)
    return { key: newKey(), match: 'contains', value: expected.contains, buttons };
  if (expected.regex !== undefined)
    return { key: newKey(), match: 'regex', value: expected.regex, buttons };
  return { key: newKey(), match: 'none', value: '', buttons };
}

/** A JSON field's text: pretty-printed, or empty when the field is not set. */
export function jsonText(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}
