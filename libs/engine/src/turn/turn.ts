import type { BotDocument } from '@parley/flow';
import type { DocumentIndex } from '../document/document-index';
import type { ExecutorCatalog, TurnInput } from '../executor';
import type { OutboundMessage } from '../messages';
import type { NluClassification } from '../ports/nlu.port';
import type { Ports } from '../ports/ports';
import type { Frame, HistoryEntry, SessionStatus, Waiting } from '../session-state';
import type { EvaluateOptions, ExpressionScope } from '../expressions/expression.evaluator';
import type { PortCallTrace, TraceEntry, VarChange } from '../trace';
import type { VarStore } from '../state/var-store';
import type { ScopeParts } from '../context/expression-scope';

/** Settings of one turn, resolved from the host options and the document. */
export interface TurnSettings {
  readonly tracing: boolean;
  readonly maxSteps: number;
  readonly expressionTimeoutMs: number;
}

/**
 * Everything one `runTurn` call works on. The session state is unpacked into mutable
 * fields here and packed again when the turn ends (`toSessionState`).
 */
export interface Turn {
  readonly doc: BotDocument;
  readonly index: DocumentIndex;
  readonly executors: ExecutorCatalog;
  /** The host's ports, untraced (the engine's own clock reads). */
  readonly rawPorts: Ports;
  /** What executors get: traced proxies when tracing, else the host's ports. */
  readonly ports: Ports;
  readonly settings: TurnSettings;

  readonly botId: string;
  readonly botVersion: string;
  readonly locale: string;
  readonly conversationId: string | undefined;
  readonly channel: string | undefined;
  turnNumber: number;
  status: SessionStatus;
  endStatus: 'resolved' | 'unresolved' | undefined;
  stack: Frame[];
  waiting: Waiting | undefined;
  readonly vars: VarStore;
  readonly contact: VarStore;
  nlu: NluClassification | undefined;
  readonly history: HistoryEntry[];

  /** The customer's message of this turn (what expressions see as `input`). */
  message: TurnInput | undefined;
  /** Whether a node has consumed `message`. */
  consumed: boolean;
  readonly messages: OutboundMessage[];
  readonly trace: TraceEntry[];
  /** Variable changes not yet attributed to a trace step. */
  readonly changes: VarChange[];
  /** Where traced port calls of the running step go. */
  portCalls: PortCallTrace[];
  steps: number;
  /** The expression scope, rebuilt after anything it shows changed. */
  scope: ExpressionScope | undefined;
  /** The parts of the scope that change at most a few times a turn. */
  scopeParts: ScopeParts | undefined;
  /** Expression options of this turn (timeout, clock), shared by every evaluation. */
  readonly evaluation: EvaluateOptions;
  /** The conversation's locale and the bot's default, for picking template variants. */
  readonly locales: { readonly locale: string; readonly defaultLocale: string };
}
