import { z } from 'zod';
import { roleSchema } from './session-body';

/** A workspace user as `GET /api/v1/users` shows it (never a password hash). */
export const workspaceUserSchema = z.looseObject({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  createdAt: z.string(),
});
export type WorkspaceUser = z.infer<typeof workspaceUserSchema>;

/** An API key as listed: only its first characters, never the key. */
export const apiKeySchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  keyPrefix: z.string(),
  createdByUserId: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ApiKeySummary = z.infer<typeof apiKeySchema>;

/** The answer to creating a key: the only time the whole `key` is sent. */
export const createdApiKeySchema = apiKeySchema.extend({ key: z.string().min(1) });
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;

/** A secret as the API shows it: `masked` (`••••1234` or `••••`), never the value. */
export const secretSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  masked: z.string(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SecretSummary = z.infer<typeof secretSchema>;

/** One entry of the workspace's audit log. */
export const auditEventSchema = z.looseObject({
  id: z.string(),
  actorUserId: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  clientIp: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
