import { localeSchema } from '@parley/flow';
import { z } from 'zod';
import { environmentNameSchema } from '../environments/environment-request.schema';

/** The longest text a customer may send in one message; longer ones get 413. */
export const MAX_MESSAGE_TEXT = 4_000;

/** NUL cannot be stored in PostgreSQL text or JSON; no customer means to send it. */
const withoutNul = (text: string) => text.replaceAll('\u0000', '');

const clientMessageIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/, {
  error: 'must be 1–128 letters, digits, ".", "_", ":" or "-"',
});

/**
 * `POST /api/v1/bots/:botId/conversations`. Through a channel (`channelId`, the
 * widget) the channel decides the environment, so the two are not given together.
 */
export const startConversationSchema = z
  .strictObject({
    environment: environmentNameSchema.optional(),
    channelId: z.uuid({ error: 'must be a channel id (a UUID)' }).optional(),
    locale: localeSchema.optional(),
    identityToken: z.string().min(1).max(8_192).optional(),
    channel: z.enum(['api', 'widget']).default('api'),
  })
  .refine((body) => body.channelId === undefined || body.environment === undefined, {
    path: ['environment'],
    error: 'leave it out with channelId: the channel decides the environment',
  });
export type StartConversationRequest = z.infer<typeof startConversationSchema>;

/** `POST …/messages`: what the customer typed, or the button they pressed. */
export const sendMessageSchema = z.union(
  [
    z.strictObject({
      text: z.string().trim().min(1, { error: 'must not be empty' }).transform(withoutNul),
      clientMessageId: clientMessageIdSchema.optional(),
    }),
    z.strictObject({
      payload: z.string().min(1).max(2_000),
      text: z.string().max(MAX_MESSAGE_TEXT).transform(withoutNul).optional(),
      clientMessageId: clientMessageIdSchema.optional(),
    }),
  ],
  { error: 'send { text } or { payload }, with an optional clientMessageId' },
);
export type SendMessageRequest = z.infer<typeof sendMessageSchema>;

/** `GET …/messages?after=&limit=`. */
export const listMessagesSchema = z.strictObject({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
