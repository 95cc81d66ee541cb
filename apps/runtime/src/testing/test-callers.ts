import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AccessTokenService } from '../auth/access-token.service';
import type { UserRole } from '../users/user.entity';
import { userRoles } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { WorkspacesService } from '../workspaces/workspaces.service';

/** A workspace with one user per role, each with a password and an access token. */
export interface TestWorkspace {
  workspaceId: string;
  users: Record<UserRole, { id: string; email: string; password: string; token: string }>;
}

/** The password every test user gets. */
export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * Creates a workspace with an admin, editor, agent and viewer (unique e-mails),
 * and signs an access token for each without going through log-in.
 */
export async function createTestWorkspace(app: NestFastifyApplication): Promise<TestWorkspace> {
  const workspace = await app.get(WorkspacesService).create('Test workspace');
  const tokens = app.get(AccessTokenService);
  const suffix = Math.random().toString(36).slice(2, 10);
  const entries = await Promise.all(
    userRoles.map(async (role) => {
      const email = `${role}-${suffix}@example.com`;
      const user = await app.get(UsersService).create({
        workspaceId: workspace.id,
        email,
        displayName: role,
        role,
        password: TEST_PASSWORD,
      });
      const token = tokens.sign(user.id, workspace.id);
      return [role, { id: user.id, email, password: TEST_PASSWORD, token }] as const;
    }),
  );
  const users = Object.fromEntries(entries) as TestWorkspace['users'];
  return { workspaceId: workspace.id, users };
}

/** `fetch` with a JSON body and, when given, a Bearer token. */
export function request(
  url: string,
  method: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}
