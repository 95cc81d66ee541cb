import { z } from 'zod';
import type { ApiClient } from './api-client';
import {
  type ApiKeySummary,
  apiKeySchema,
  type AuditEvent,
  auditEventSchema,
  type CreatedApiKey,
  createdApiKeySchema,
  type SecretSummary,
  secretSchema,
  type WorkspaceUser,
  workspaceUserSchema,
} from './admin-schemas';
import type { Role } from './session-body';

/** What adding a user takes; the server checks the password's length (12 to 1024). */
export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

/** The admin-only routes: users, API keys, secrets and the audit log. */
export interface AdminApi {
  users(): Promise<WorkspaceUser[]>;
  createUser(user: NewUser): Promise<WorkspaceUser>;
  changeRole(userId: string, role: Role): Promise<WorkspaceUser>;
  apiKeys(): Promise<ApiKeySummary[]>;
  createApiKey(name: string, role: Role): Promise<CreatedApiKey>;
  revokeApiKey(keyId: string): Promise<void>;
  secrets(): Promise<SecretSummary[]>;
  createSecret(name: string, value: string): Promise<SecretSummary>;
  replaceSecret(name: string, value: string): Promise<SecretSummary>;
  deleteSecret(name: string): Promise<void>;
  /** `query` is a ready query string (see `auditQueryString`), without the `?`. */
  auditEvents(query: string): Promise<AuditEvent[]>;
}

export function createAdminApi(client: ApiClient): AdminApi {
  const user = (id: string) => `/api/v1/users/${encodeURIComponent(id)}`;
  const key = (id: string) => `/api/v1/api-keys/${encodeURIComponent(id)}`;
  const secret = (name: string) => `/api/v1/secrets/${encodeURIComponent(name)}`;
  const done = () => undefined;
  return {
    users: () =>
      client.request({ method: 'GET', path: '/api/v1/users' }, z.array(workspaceUserSchema)),
    createUser: (body) =>
      client.request({ method: 'POST', path: '/api/v1/users', body }, workspaceUserSchema),
    changeRole: (userId, role) =>
      client.request(
        { method: 'PATCH', path: `${user(userId)}/role`, body: { role } },
        workspaceUserSchema,
      ),
    apiKeys: () =>
      client.request({ method: 'GET', path: '/api/v1/api-keys' }, z.array(apiKeySchema)),
    createApiKey: (name, role) =>
      client.request(
        { method: 'POST', path: '/api/v1/api-keys', body: { name, role } },
        createdApiKeySchema,
      ),
    revokeApiKey: (keyId) =>
      client.request({ method: 'DELETE', path: key(keyId) }, z.unknown()).then(done),
    secrets: () =>
      client.request({ method: 'GET', path: '/api/v1/secrets' }, z.array(secretSchema)),
    createSecret: (name, value) =>
      client.request(
        { method: 'POST', path: '/api/v1/secrets', body: { name, value } },
        secretSchema,
      ),
    replaceSecret: (name, value) =>
      client.request({ method: 'PUT', path: secret(name), body: { value } }, secretSchema),
    deleteSecret: (name) =>
      client.request({ method: 'DELETE', path: secret(name) }, z.unknown()).then(done),
    auditEvents: (query) =>
      client.request(
        { method: 'GET', path: query ? `/api/v1/audit?${query}` : '/api/v1/audit' },
        z.array(auditEventSchema),
      ),
  };
}
