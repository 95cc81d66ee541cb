import { z } from 'zod';

/** How bot settings and nodes refer to a secret: `CRM_TOKEN`, `openai_key`. */
export const secretNameSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, {
  error: 'must be 1 to 64 letters, digits or underscores, not starting with a digit',
});

const secretValueSchema = z
  .string({ error: 'must be a string' })
  .min(1, { error: 'must not be empty' })
  .max(16_384, { error: 'must be at most 16384 characters' });

/** `POST /api/v1/secrets`. Unknown fields are refused. */
export const createSecretSchema = z.strictObject({
  name: secretNameSchema,
  value: secretValueSchema,
});
export type CreateSecretRequest = z.infer<typeof createSecretSchema>;

/** `PUT /api/v1/secrets/:name`. Unknown fields are refused. */
export const updateSecretSchema = z.strictObject({ value: secretValueSchema });
export type UpdateSecretRequest = z.infer<typeof updateSecretSchema>;
