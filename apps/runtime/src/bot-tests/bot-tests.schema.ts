import { z } from 'zod';
import { environmentNameSchema } from '../environments/environment-request.schema';

/** Only these tests, by name (all when left out). */
const namesSchema = z.array(z.string().min(1).max(200)).min(1).max(1_000).optional();

/**
 * `POST /api/v1/bots/:botId/tests/run`: which document's stored tests run — the
 * draft, a published version (by its id), or what an environment runs.
 */
export const runTestsSchema = z.discriminatedUnion(
  'target',
  [
    z.strictObject({ target: z.literal('draft'), names: namesSchema }),
    z.strictObject({
      target: z.literal('version'),
      versionId: z.uuid({ error: 'must be a version id (a UUID)' }),
      names: namesSchema,
    }),
    z.strictObject({
      target: z.literal('environment'),
      environment: environmentNameSchema,
      names: namesSchema,
    }),
  ],
  {
    error: 'target must be "draft", "version" (with versionId) or "environment" (with environment)',
  },
);
export type RunTestsRequest = z.infer<typeof runTestsSchema>;
