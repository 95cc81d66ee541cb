import { z } from 'zod';

/** `POST /api/v1/auth/login` body. */
export const loginSchema = z.strictObject({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});

/** `PUT /api/v1/auth/password` body. */
export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(12).max(1024),
});

/** The OpenAPI schema of a zod body schema. */
export function openApiBody(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input' });
}
