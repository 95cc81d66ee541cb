import { z } from 'zod';
import { userRoles } from './user.entity';

/** `POST /api/v1/users` body. */
export const newUserSchema = z.strictObject({
  email: z.email(),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(userRoles),
  password: z.string().min(12).max(1024),
});

/** `PATCH /api/v1/users/:id/role` body. */
export const changeRoleSchema = z.strictObject({ role: z.enum(userRoles) });
