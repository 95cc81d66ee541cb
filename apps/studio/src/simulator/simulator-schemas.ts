import { z } from 'zod';

/*
 * What the runtime's `/simulator` namespace answers, parsed rather than trusted (as
 * every API response in the studio is). Loose where the studio only shows a value.
 */

const json = z.json();
const jsonObject = z.record(z.string(), json);

const buttonSchema = z.object({ label: z.string(), payload: z.string() });
export type SimButton = z.infer<typeof buttonSchema>;

const cardSchema = z.object({
  title: z.string(),
  subtitle: z.string().optional(),
  imageUrl: z.string().optional(),
  buttons: z.array(buttonSchema).default([]),
});
export type SimCard = z.infer<typeof cardSchema>;

const origin = { nodeId: z.string(), flowId: z.string() };

/** A message the bot sent, tagged with the node that said it. */
export const botMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    text: z.string(),
    buttons: z.array(buttonSchema).optional(),
    quickReplies: z.array(buttonSchema).optional(),
    ...origin,
  }),
  z.object({ type: z.literal('image'), url: z.string(), alt: z.string().optional(), ...origin }),
  z.object({ type: z.literal('card'), card: cardSchema, ...origin }),
  z.object({ type: z.literal('carousel'), cards: z.array(cardSchema), ...origin }),
  z.object({ type: z.literal('handoff'), queue: z.string(), ...origin }),
  z.object({ type: z.literal('end'), status: z.enum(['resolved', 'unresolved']), ...origin }),
]);
export type BotMessage = z.infer<typeof botMessageSchema>;

const portCallSchema = z.object({
  port: z.string(),
  method: z.string(),
  input: json,
  result: json.optional(),
  error: z.string().optional(),
  ms: z.number(),
});
export type PortCall = z.infer<typeof portCallSchema>;

const varChangeSchema = z.object({ name: z.string(), before: json.optional(), after: json });
export type VarChange = z.infer<typeof varChangeSchema>;

export const traceStepSchema = z.object({
  type: z.literal('step'),
  flowId: z.string(),
  nodeId: z.string(),
  kind: z.string(),
  phase: z.enum(['run', 'resume']),
  outcome: z.string().optional(),
  result: z.string(),
  varsChanged: z.array(varChangeSchema),
  portCalls: z.array(portCallSchema),
  notes: z.array(z.string()),
  error: z.string().optional(),
  ms: z.number(),
});
export type TraceStep = z.infer<typeof traceStepSchema>;

const traceNoteSchema = z.object({
  type: z.literal('note'),
  code: z.string(),
  message: z.string(),
  flowId: z.string().optional(),
  nodeId: z.string().optional(),
});
export const traceEntrySchema = z.discriminatedUnion('type', [traceStepSchema, traceNoteSchema]);
export type TraceEntry = z.infer<typeof traceEntrySchema>;

export const simStateSchema = z.object({
  flowId: z.string().optional(),
  nodeId: z.string().optional(),
  status: z.enum(['waiting', 'handoff', 'idle', 'ended']),
  locale: z.string(),
  vars: jsonObject,
  contact: jsonObject,
});
export type SimState = z.infer<typeof simStateSchema>;

export const turnReplySchema = z.object({
  ok: z.literal(true),
  messages: z.array(botMessageSchema),
  trace: z.array(traceEntrySchema),
  state: simStateSchema,
  ms: z.number(),
});
export type TurnReply = z.infer<typeof turnReplySchema>;

export const startReplySchema = turnReplySchema.extend({
  sessionId: z.string(),
  draftRevision: z.number(),
});
export const restartReplySchema = turnReplySchema.extend({ draftRevision: z.number() });
export const stateReplySchema = z.object({ ok: z.literal(true), state: simStateSchema });
export const continueReplySchema = stateReplySchema.extend({ draftRevision: z.number() });

/** A refusal: `reason`/`nodeId` say why a changed draft cannot carry the conversation on. */
export const failureSchema = z.object({
  ok: z.literal(false),
  error: z.string(),
  status: z.number().optional(),
  reason: z.enum(['node-removed', 'kind-changed']).optional(),
  nodeId: z.string().optional(),
});
export type SimFailure = z.infer<typeof failureSchema>;

/** A timer's turn the server sends unasked. */
export const pushedTurnSchema = turnReplySchema.omit({ ok: true }).extend({
  sessionId: z.string(),
});
