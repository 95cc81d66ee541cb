import { z } from 'zod';
import { idSchema } from '@parley/flow';

/** A button or quick reply: the label is shown, the payload comes back in a `button` event. */
export const messageButtonSchema = z.object({ label: z.string(), payload: z.string() });
export type MessageButton = z.infer<typeof messageButtonSchema>;

export const cardSchema = z.object({
  title: z.string(),
  subtitle: z.string().optional(),
  imageUrl: z.string().optional(),
  buttons: z.array(messageButtonSchema).default([]),
});
export type Card = z.infer<typeof cardSchema>;

/** What an executor says through `ctx.say()`; the engine adds `nodeId` and `flowId`. */
export const messageContentSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    text: z.string(),
    buttons: z.array(messageButtonSchema).optional(),
    quickReplies: z.array(messageButtonSchema).optional(),
  }),
  z.object({ type: z.literal('image'), url: z.string(), alt: z.string().optional() }),
  z.object({ type: z.literal('card'), card: cardSchema }),
  z.object({ type: z.literal('carousel'), cards: z.array(cardSchema) }),
  z.object({ type: z.literal('handoff'), queue: z.string() }),
  z.object({ type: z.literal('end'), status: z.enum(['resolved', 'unresolved']) }),
]);
export type MessageContent = z.infer<typeof messageContentSchema>;

/** A message the bot sends, tagged with the node that said it. */
export const outboundMessageSchema = z.intersection(
  messageContentSchema,
  z.object({ nodeId: idSchema, flowId: idSchema }),
);
export type OutboundMessage = z.infer<typeof outboundMessageSchema>;
