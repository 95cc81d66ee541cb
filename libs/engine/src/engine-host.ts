import type { ExecutorCatalog } from './executor';
import type { OutboundMessage } from './messages';
import type { Ports } from './ports/ports';
import type { SessionState, SessionStatus } from './session-state';
import type { TraceEntry } from './trace';

/** Tuning a host may pass; every field has a default. */
export interface EngineOptions {
  /** Node steps per turn; defaults to the bot's `settings.maxStepsPerTurn` (500). */
  maxSteps?: number;
  /** Record node steps in the trace (default true); engine notes are always kept. */
  trace?: boolean;
  /** Wall-clock limit of one expression evaluation (default 100 ms). */
  expressionTimeoutMs?: number;
  /** Stored in a new state as `botVersion` (default: `String(doc.schemaVersion)`). */
  botVersion?: string;
}

/** What the runtime, simulator or CLI hands the engine. */
export interface EngineHost {
  executors: ExecutorCatalog;
  ports: Ports;
  options?: EngineOptions;
}

/** The outcome of one event. */
export interface TurnResult {
  state: SessionState;
  messages: OutboundMessage[];
  trace: TraceEntry[];
  /** The state's status after the turn (never `active`). */
  status: Exclude<SessionStatus, 'active'>;
}
