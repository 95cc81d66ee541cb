import { ENGINE_STATE_VERSION, type SessionState } from '../session-state';
import { recentHistory } from '../turn/history';
import type { Turn } from '../turn/turn';

/** Pack a finished turn back into plain, JSON-safe session state. */
export function toSessionState(turn: Turn): SessionState {
  const state: SessionState = {
    engineStateVersion: ENGINE_STATE_VERSION,
    botId: turn.botId,
    botVersion: turn.botVersion,
    locale: turn.locale,
    // A turn never ends mid-step; `active` here would mean a bug, so park it as idle.
    status: turn.status === 'active' ? 'idle' : turn.status,
    stack: turn.stack.map((frame) => ({ ...frame })),
    vars: turn.vars.toJson(),
    contact: turn.contact.toJson(),
    history: recentHistory(turn).map((entry) => ({ ...entry })),
    turn: turn.turnNumber,
  };
  if (turn.conversationId !== undefined) state.conversationId = turn.conversationId;
  if (turn.channel !== undefined) state.channel = turn.channel;
  if (turn.endStatus !== undefined) state.endStatus = turn.endStatus;
  if (turn.waiting !== undefined) state.waiting = structuredClone(turn.waiting);
  if (turn.nlu !== undefined) state.nlu = structuredClone(turn.nlu);
  return state;
}
