import { BadRequestException } from '@nestjs/common';
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

/**
 * Parses a request part, or throws 400 listing each problem by path. The messages
 * are the schema's own and never quote the input, which may be a secret value.
 */
export function parseRequest<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input, { reportInput: false });
  if (parsed.success) return parsed.data;
  throw new BadRequestException({
    statusCode: 400,
    message: 'Invalid request',
    problems: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.code === 'unrecognized_keys' ? 'unknown field(s)' : issue.message,
    })),
  });
}
