import type { z } from 'zod';
import type { BotDocument, BotSettings, Flow, FlowNode, LocalizedText } from '@parley/flow';
import type { InboundEvent } from './events';
import type { Json } from './json';
import type { MessageContent } from './messages';
import type { NluClassification } from './ports/nlu.port';
import type { Ports } from './ports/ports';
import type { HistoryEntry } from './session-state';

/** What a node decided; the engine moves the conversation accordingly. */
export type NodeResult =
  /** Follow the edge leaving this named outcome (`next`, a branch id, `error`, …). */
  | { type: 'outcome'; outcome: string }
  /** Pause until the next event; `resume` then receives it with `ctx.nodeState`. */
  | { type: 'wait'; nodeState?: Json; timers?: { id: string; afterMs: number }[] }
  /** Pause for a human agent; the `agent-handback` event (or a timer) resumes the node. */
  | { type: 'handoff'; nodeState?: Json; timers?: { id: string; afterMs: number }[] }
  /** End the conversation. */
  | { type: 'end'; status: 'resolved' | 'unresolved' }
  /** Continue at another flow's start; the current frame is replaced, no return. */
  | { type: 'jump'; flowId: string }
  /** Call a flow; its `returns` come back into `results` and the caller takes `next`. */
  | {
      type: 'call';
      flowId: string;
      args: Record<string, Json>;
      results: { variable: string; from: string }[];
    }
  /** End the current (called) flow; at the main flow the conversation goes idle. */
  | { type: 'return'; status: 'resolved' | 'unresolved' }
  /** Take the node's `error` edge, else the bot's fallback message and idle. */
  | { type: 'error'; reason: string };

/** The customer's input of this turn that no node has consumed yet. */
export interface TurnInput {
  text?: string;
  payload?: string;
}

/** The conversation as expressions see it (`conversation.*`). */
export interface ConversationInfo {
  id?: string;
  channel?: string;
  locale: string;
  turn: number;
}

/**
 * Everything a node may see and do during one step. Typed on the node's parsed settings.
 * Executors get narrow capabilities, never the engine itself.
 */
export interface NodeContext<S> {
  /** `node.data` parsed by the kind's `settingsSchema` (defaults filled in). */
  readonly settings: S;
  readonly node: FlowNode;
  readonly flow: Flow;
  readonly doc: BotDocument;
  readonly botSettings: BotSettings;
  readonly locale: string;
  readonly conversation: ConversationInfo;
  /** The event that started this turn. */
  readonly event: InboundEvent;
  /** The turn's customer input while unconsumed; `undefined` once a node consumed it. */
  readonly input: TurnInput | undefined;
  /** Mark the turn's input as read, so later nodes of the turn don't read it again. */
  consumeInput(): void;
  /** Read-only view of the variables (any scope). */
  readonly vars: Readonly<Record<string, Json>>;
  /** Set a variable; recorded in the trace as before → after. */
  setVar(name: string, value: Json): void;
  readonly contact: Readonly<Record<string, Json>>;
  setContact(name: string, value: Json): void;
  /** The last NLU classification of the conversation. */
  readonly nlu: NluClassification | undefined;
  setNlu(classification: NluClassification): void;
  /** What this node kept when it paused (only set when resuming). */
  readonly nodeState: Json | undefined;
  /** The recent messages, oldest first. */
  readonly history: readonly HistoryEntry[];
  /**
   * Evaluate a JSONata expression (guarded: timeout, depth, result size) over
   * `{ vars, contact, input, nlu, conversation }`. `bindings` are available both as
   * `$name` and as extra top-level fields. `undefined` results come back as `null`.
   */
  evaluate(expression: string, bindings?: Record<string, Json>): Promise<Json>;
  /** Pick the conversation's locale (then the bot's default) and fill `{{ }}` placeholders. */
  render(template: LocalizedText, bindings?: Record<string, Json>): Promise<string>;
  /** Send a message; the engine tags it with this node and flow. */
  say(message: MessageContent): void;
  /** Add a line to this step's trace. */
  note(text: string): void;
  /** The host's ports; every call is traced automatically, secrets masked. */
  readonly ports: Ports;
}

/** What a node kind does in a turn. `S` is the kind's parsed settings type. */
export interface NodeExecutor<S> {
  /** Called when the flow reaches the node. */
  run(ctx: NodeContext<S>): NodeResult | Promise<NodeResult>;
  /**
   * Called with the next event after the node returned `wait` or `handoff`.
   * Without it, `run` is called again (with `ctx.nodeState`).
   */
  resume?(ctx: NodeContext<S>, event: InboundEvent): NodeResult | Promise<NodeResult>;
}

/** A kind's settings schema paired with its executor. */
export interface ExecutorEntry<S = unknown> {
  readonly settingsSchema: z.ZodType<S>;
  readonly executor: NodeExecutor<S>;
}

/** Executors by node kind, handed to the engine by its host. */
export type ExecutorCatalog = Readonly<Record<string, ExecutorEntry>>;

/**
 * Pair a settings schema with an executor typed on the schema's output:
 * `defineExecutor(askSettingsSchema, { run: (ctx) => ... })`.
 */
export function defineExecutor<S>(
  settingsSchema: z.ZodType<S>,
  executor: NoInfer<NodeExecutor<S>>,
): ExecutorEntry<S> {
  return { settingsSchema, executor };
}
