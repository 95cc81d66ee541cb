import { z } from 'zod';

export const roleSchema = z.enum(['admin', 'editor', 'agent', 'viewer']);
export type Role = z.infer<typeof roleSchema>;

export const sessionUserSchema = z.looseObject({
  id: z.string(),
  workspaceId: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** What log-in and refresh answer; the refresh token itself stays in an httpOnly cookie. */
export const sessionBodySchema = z.looseObject({
  accessToken: z.string().min(1),
  expiresIn: z.number(),
  user: sessionUserSchema,
});
export type SessionBody = z.infer<typeof sessionBodySchema>;
