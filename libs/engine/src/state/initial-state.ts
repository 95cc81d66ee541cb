import type { BotDocument } from '@parley/flow';
import type { StartEvent } from '../events';
import type { Json } from '../json';
import { ENGINE_STATE_VERSION, type SessionState } from '../session-state';

/** What a new conversation starts with, besides the document. */
export interface NewSessionOptions {
  /** The bot version the conversation starts on (kept across publish and rollback). */
  botVersion: string;
  /** The `start` event's vars, contact, locale, conversation id and channel. */
  start?: Omit<StartEvent, 'type'>;
}

/**
 * A fresh, idle session for `doc`: declared variable defaults (overridden by the start
 * event's `vars`), no stack. `runTurn(doc, null, { type: 'start' }, host)` calls this and
 * then runs the main flow; hosts rarely need it directly.
 */
export function createSessionState(doc: BotDocument, options: NewSessionOptions): SessionState {
  const vars: Record<string, Json> = {};
  for (const variable of doc.variables) {
    if (variable.default !== undefined) {
      vars[variable.name] = variable.default;
    }
  }
  const start = options.start ?? {};
  const state: SessionState = {
    engineStateVersion: ENGINE_STATE_VERSION,
    botId: doc.id,
    botVersion: options.botVersion,
    locale: start.locale ?? doc.defaultLocale,
    status: 'idle',
    stack: [],
    vars: { ...vars, ...start.vars },
    contact: { ...start.contact },
    history: [],
    turn: 0,
  };
  if (start.conversationId !== undefined) {
    state.conversationId = start.conversationId;
  }
  if (start.channel !== undefined) {
    state.channel = start.channel;
  }
  return state;
}
