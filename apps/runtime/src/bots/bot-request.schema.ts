import { z } from 'zod';
import { environmentNameSchema } from '../environments/environment-request.schema';

/** A bot document as a request carries it: any JSON object; `validateBot` judges the rest. */
export const documentBodySchema = z.record(z.string(), z.unknown(), {
  error: 'must be a bot document (a JSON object)',
});

/** `POST /api/v1/bots`. */
export const createBotSchema = z.strictObject({
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(200),
  document: documentBodySchema.optional(),
});

/** `PUT /api/v1/bots/:botId/draft`: the revision the editor loaded, and the new document. */
export const saveDraftSchema = z.strictObject({
  revision: z.number().int().min(1),
  document: documentBodySchema,
});

/** `POST /api/v1/bots/:botId/publish`. */
export const publishSchema = z.strictObject({
  note: z.string().trim().max(1_000).optional(),
  revision: z.number().int().min(1).optional(),
  environment: environmentNameSchema.nullable().optional(),
  /** Publish although conversation tests fail: admins only, the reason goes to the audit log. */
  overrideTests: z
    .strictObject({ reason: z.string().trim().min(1, { error: 'must not be empty' }).max(500) })
    .optional(),
});

/** Path and query parameters. */
export const botIdSchema = z.uuid({ error: 'must be a bot id (a UUID)' });
export const versionNumberParamSchema = z.coerce
  .number({ error: 'must be a version number' })
  .int()
  .min(1);
export const diffQuerySchema = z.strictObject({
  from: versionNumberParamSchema,
  to: z.union([z.literal('draft'), versionNumberParamSchema]).default('draft'),
});
