import { HISTORY_LIMIT, type HistoryEntry } from '../session-state';
import type { Turn } from './turn';

/**
 * Append to the conversation history. Trimmed in batches (a long turn may say hundreds
 * of messages); readers take the last `HISTORY_LIMIT` entries with `recentHistory`.
 */
export function pushHistory(turn: Turn, role: 'user' | 'bot' | 'agent', text: string): void {
  turn.history.push({ role, text });
  if (turn.history.length > HISTORY_LIMIT * 4) {
    turn.history.splice(0, turn.history.length - HISTORY_LIMIT);
  }
}

/** The most recent history entries, oldest first. */
export function recentHistory(turn: Turn): HistoryEntry[] {
  return turn.history.length > HISTORY_LIMIT ? turn.history.slice(-HISTORY_LIMIT) : turn.history;
}
