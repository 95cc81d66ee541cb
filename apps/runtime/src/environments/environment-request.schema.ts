import { z } from 'zod';
import { secretNameSchema } from '../secrets/secret-request.schema';

/** `staging`, `production`, `qa-eu`: lower-case letters, digits and dashes. */
export const environmentNameSchema = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, {
  error: 'must be 1–32 lower-case letters, digits or "-", starting with a letter',
});

/** A secret name as a bot document uses it (`orders-api`); the environment maps it to a vault name. */
export const documentSecretRefSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, {
  error: 'must be 1–64 letters, digits, "-" or "_"',
});

/** Secret names the document uses → vault secret names. */
export const environmentSecretsSchema = z.record(documentSecretRefSchema, secretNameSchema);

const versionNumberSchema = z.number().int().min(1);
const identifierKey = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** `POST …/environments`. */
export const createEnvironmentSchema = z.strictObject({ name: environmentNameSchema });

/** `PATCH …/environments/:env`: bot variables and secret references, each replaced whole. */
export const updateEnvironmentSchema = z
  .strictObject({
    variables: z
      .record(z.string().regex(identifierKey, { error: 'must be a variable name' }), z.json())
      .optional(),
    secrets: environmentSecretsSchema.optional(),
  })
  .refine((body) => body.variables !== undefined || body.secrets !== undefined, {
    error: 'give "variables", "secrets" or both',
  });

/** `POST …/environments/:env/deploy`. */
export const deploySchema = z.strictObject({ version: versionNumberSchema });

/** `POST …/environments/:env/rollback`: the version to go back to, or the previous one. */
export const rollbackSchema = z.strictObject({ version: versionNumberSchema.optional() });

/** `POST …/promote`. */
export const promoteSchema = z.strictObject({
  from: environmentNameSchema.default('staging'),
  to: environmentNameSchema.default('production'),
});
