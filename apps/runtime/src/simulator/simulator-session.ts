import type { JsonObject, SessionState } from '@parley/engine';
import type { BotDocument } from '@parley/flow';

/** How a session was started, so that a restart starts it the same way. */
export interface SimulatorStart {
  botId: string;
  locale?: string;
  startAt?: { flowId: string; nodeId: string };
  vars?: JsonObject;
  contact?: JsonObject;
}

/**
 * One simulated conversation, in memory on the socket that started it. It is never
 * stored: not a conversation row, a contact, a turn or an analytics event.
 */
export interface SimulatorSession {
  id: string;
  workspaceId: string;
  start: SimulatorStart;
  /** The draft it runs and that draft's revision (kept until `continueOnDraft`). */
  doc: BotDocument;
  draftRevision: number;
  state: SessionState | null;
  /** Turns of one session run one after the other. */
  queue: Promise<unknown>;
  /** The pending timers of the waiting node (an ask's timeout), fired in process. */
  timers: ReturnType<typeof setTimeout>[];
  /**
   * Counts the times the timers were cleared. A timer that went off just before a
   * turn or a restart waits behind it in the queue; by then the count has moved on,
   * so it knows its wait is over and does nothing (the new wait has its own timers).
   */
  timerGeneration: number;
}
