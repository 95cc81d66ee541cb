import { z } from 'zod';
import { idSchema, localeSchema } from '@parley/flow';
import { jsonObjectSchema, jsonSchema } from './json';
import { nluClassificationSchema } from './ports/nlu.port';

/** The version of the state's shape; bumped (with a migration) when the shape changes. */
export const ENGINE_STATE_VERSION = 1;

/** A flow on the call stack; the top frame's `nodeId` is the node being run or waited on. */
export const frameSchema = z.object({
  flowId: idSchema,
  nodeId: idSchema,
  /** For a called flow: the subflow node in the caller's frame that called it. */
  callerNodeId: idSchema.optional(),
  /** For a called flow: caller variable ← the callee's returned value `from`. */
  results: z.array(z.object({ variable: z.string(), from: z.string() })).optional(),
});
export type Frame = z.infer<typeof frameSchema>;

/** A timer the waiting node asked for; the host fires a `timer` event with this id at `dueAt`. */
export const pendingTimerSchema = z.object({ id: z.string(), dueAt: z.number() });
export type PendingTimer = z.infer<typeof pendingTimerSchema>;

export const waitingSchema = z.object({
  flowId: idSchema,
  nodeId: idSchema,
  nodeState: jsonSchema,
  timers: z.array(pendingTimerSchema),
});
export type Waiting = z.infer<typeof waitingSchema>;

export const historyEntrySchema = z.object({
  role: z.enum(['user', 'bot', 'agent']),
  text: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** `active` only during a turn; a returned state is `waiting`, `handoff`, `idle` or `ended`. */
export const sessionStatusSchema = z.enum(['active', 'waiting', 'handoff', 'idle', 'ended']);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

/**
 * Everything the engine remembers about one conversation between turns: plain JSON,
 * stored in one row, movable between replicas (`JSON.parse(JSON.stringify(state))` safe).
 */
export const sessionStateSchema = z.object({
  engineStateVersion: z.literal(ENGINE_STATE_VERSION),
  botId: idSchema,
  /** The version the conversation started on; the host keeps it on that version. */
  botVersion: z.string(),
  locale: localeSchema,
  conversationId: z.string().optional(),
  channel: z.string().optional(),
  status: sessionStatusSchema,
  endStatus: z.enum(['resolved', 'unresolved']).optional(),
  stack: z.array(frameSchema),
  waiting: waitingSchema.optional(),
  vars: jsonObjectSchema,
  contact: jsonObjectSchema,
  /** The last NLU classification, read by expressions as `nlu`. */
  nlu: nluClassificationSchema.optional(),
  /** The last 20 messages, oldest first. */
  history: z.array(historyEntrySchema),
  /** Events processed so far (the first event is turn 1). */
  turn: z.number().int().min(0),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

/** How many history entries the state keeps. */
export const HISTORY_LIMIT = 20;
