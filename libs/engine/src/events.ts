import { z } from 'zod';
import { localeSchema } from '@parley/flow';
import { jsonObjectSchema } from './json';

/** A new conversation. `vars`/`contact` prefill the state (e.g. contact-scoped variables). */
export const startEventSchema = z.object({
  type: z.literal('start'),
  vars: jsonObjectSchema.optional(),
  contact: jsonObjectSchema.optional(),
  locale: localeSchema.optional(),
  /** The host's conversation id and channel, shown to expressions as `conversation.id/channel`. */
  conversationId: z.string().max(200).optional(),
  channel: z.string().max(64).optional(),
});

/** Something the customer typed. */
export const textEventSchema = z.object({ type: z.literal('text'), text: z.string().max(20_000) });

/** A button or quick reply the customer pressed; `text` is its label, when known. */
export const buttonEventSchema = z.object({
  type: z.literal('button'),
  payload: z.string().max(2_000),
  text: z.string().max(20_000).optional(),
});

/** A timer a waiting node asked for has fired (ids come from `state.waiting.timers`). */
export const timerEventSchema = z.object({
  type: z.literal('timer'),
  timerId: z.string().max(400),
});

/** A human agent handed the conversation back to the bot, optionally setting variables. */
export const agentHandbackEventSchema = z.object({
  type: z.literal('agent-handback'),
  vars: jsonObjectSchema.optional(),
});

/** One thing that happens to a conversation; `runTurn` processes exactly one. */
export const inboundEventSchema = z.discriminatedUnion('type', [
  startEventSchema,
  textEventSchema,
  buttonEventSchema,
  timerEventSchema,
  agentHandbackEventSchema,
]);
export type InboundEvent = z.infer<typeof inboundEventSchema>;
export type StartEvent = z.infer<typeof startEventSchema>;
export type TextEvent = z.infer<typeof textEventSchema>;
export type ButtonEvent = z.infer<typeof buttonEventSchema>;
export type TimerEvent = z.infer<typeof timerEventSchema>;
export type AgentHandbackEvent = z.infer<typeof agentHandbackEventSchema>;
