import { z } from 'zod';
import { jsonSchema } from './json';

/** One port method call made by a node, with secret-looking fields masked. */
export const portCallTraceSchema = z.object({
  port: z.string(),
  method: z.string(),
  input: jsonSchema,
  result: jsonSchema.optional(),
  error: z.string().optional(),
  ms: z.number(),
});
export type PortCallTrace = z.infer<typeof portCallTraceSchema>;

/** A variable (or contact attribute, named `contact.<attr>`) a step changed. */
export const varChangeSchema = z.object({
  name: z.string(),
  before: jsonSchema.optional(),
  after: jsonSchema,
});
export type VarChange = z.infer<typeof varChangeSchema>;

export const nodeResultTypeSchema = z.enum([
  'outcome',
  'wait',
  'handoff',
  'end',
  'jump',
  'call',
  'return',
  'error',
]);

/** What one node did in one step of a turn. */
export const traceStepSchema = z.object({
  type: z.literal('step'),
  flowId: z.string(),
  nodeId: z.string(),
  kind: z.string(),
  /** `run` for a fresh visit, `resume` when an event woke a waiting node. */
  phase: z.enum(['run', 'resume']),
  outcome: z.string().optional(),
  result: nodeResultTypeSchema,
  varsChanged: z.array(varChangeSchema),
  portCalls: z.array(portCallTraceSchema),
  /** Notes the executor added with `ctx.note()`. */
  notes: z.array(z.string()),
  error: z.string().optional(),
  ms: z.number(),
});
export type TraceStep = z.infer<typeof traceStepSchema>;

/** Why the engine did something outside a node: ignored events, fallbacks, the step limit. */
export const traceNoteCodeSchema = z.enum([
  'conversation-started',
  'event-after-end',
  'event-ignored',
  'timer-ignored',
  'restart',
  'fallback',
  'step-limit',
  'missing-edge',
  'flow-returned',
]);
export type TraceNoteCode = z.infer<typeof traceNoteCodeSchema>;

export const traceNoteSchema = z.object({
  type: z.literal('note'),
  code: traceNoteCodeSchema,
  message: z.string(),
  flowId: z.string().optional(),
  nodeId: z.string().optional(),
});
export type TraceNote = z.infer<typeof traceNoteSchema>;

/** The trace of a turn: node steps, interleaved with engine notes. */
export const traceEntrySchema = z.discriminatedUnion('type', [traceStepSchema, traceNoteSchema]);
export type TraceEntry = z.infer<typeof traceEntrySchema>;
