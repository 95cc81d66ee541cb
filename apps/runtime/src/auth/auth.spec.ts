import { AuditService } from '../audit/audit.service';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import {
  createTestWorkspace,
  request,
  TEST_PASSWORD,
  type TestWorkspace,
} from '../testing/test-callers';

function refreshCookieOf(response: Response): string {
  const cookie = response.headers.get('set-cookie') ?? '';
  const match = /parley_refresh=([^;]*)/.exec(cookie);
  if (!match?.[1]) throw new Error(`no refresh cookie in "${cookie}"`);
  return match[1];
}

describe('log-in, refresh and log-out', () => {
  let runtime: TestRuntime;
  let workspace: TestWorkspace;
  let url: string;
  const login = (email: string, password: string) =>
    request(`${url}/api/v1/auth/login`, 'POST', { body: { email, password } });
  const refresh = (token: string) =>
    request(`${url}/api/v1/auth/refresh`, 'POST', {
      headers: { cookie: `parley_refresh=${token}` },
    });
  const me = (token: string) => request(`${url}/api/v1/auth/me`, 'GET', { token });

  beforeAll(async () => {
    runtime = await startTestRuntime();
    url = `${runtime.url}`;
    workspace = await createTestWorkspace(runtime.app);
  });
  afterAll(() => runtime.close());

  it('logs in with the right password: access token, httpOnly strict refresh cookie', async () => {
    const { email, id } = workspace.users.editor;
    const response = await login(email.toUpperCase(), TEST_PASSWORD);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { accessToken: string; user: { id: string } };
    expect(body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { id, role: 'editor' },
    });
    expect(JSON.stringify(body)).not.toMatch(/password|scrypt/i);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
    const profile = await me(body.accessToken);
    expect(profile.status).toBe(200);
    expect(await profile.json()).toMatchObject({ id, email, role: 'editor' });
  });

  it('refuses a wrong password or unknown e-mail with 401 and records the failure', async () => {
    const { email, id } = workspace.users.viewer;
    expect((await login(email, 'wrong password!')).status).toBe(401);
    expect((await login('nobody@example.com', TEST_PASSWORD)).status).toBe(401);
    const events = await runtime.app.get(AuditService).latest(workspace.workspaceId, 100);
    expect(events).toContainEqual(
      expect.objectContaining({ action: 'auth.login_failed', targetId: id, clientIp: '127.0.0.1' }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ action: 'auth.login', actorUserId: workspace.users.editor.id }),
    );
  });

  it('refuses a forged, tampered or missing access token with 401', async () => {
    const token = workspace.users.admin.token;
    const [head, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as object;
    const forged = Buffer.from(
      JSON.stringify({ ...claims, sub: workspace.users.viewer.id }),
    ).toString('base64url');
    expect((await me(`${head}.${forged}.${signature}`)).status).toBe(401);
    expect((await me(`${token}x`)).status).toBe(401);
    expect((await request(`${url}/api/v1/auth/me`, 'GET')).status).toBe(401);
  });

  it('rotates the refresh token: the old one is refused, and its reuse ends the session', async () => {
    const first = refreshCookieOf(await login(workspace.users.agent.email, TEST_PASSWORD));
    const rotated = await refresh(first);
    expect(rotated.status).toBe(200);
    const second = refreshCookieOf(rotated);
    expect(second).not.toBe(first);
    expect((await refresh(first)).status).toBe(401);
    // The reuse of `first` looked like a stolen token: `second` is revoked too.
    expect((await refresh(second)).status).toBe(401);
  });

  it('log-out revokes the refresh token and clears the cookie', async () => {
    const token = refreshCookieOf(await login(workspace.users.agent.email, TEST_PASSWORD));
    const response = await request(`${url}/api/v1/auth/logout`, 'POST', {
      headers: { cookie: `parley_refresh=${token}` },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await refresh(token)).status).toBe(401);
  });

  it('a password change revokes every refresh token; the new password works', async () => {
    const { email, token } = workspace.users.viewer;
    const session = refreshCookieOf(await login(email, TEST_PASSWORD));
    const body = { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' };
    const wrong = { ...body, currentPassword: 'not it at all' };
    expect(
      (await request(`${url}/api/v1/auth/password`, 'PUT', { token, body: wrong })).status,
    ).toBe(401);
    expect((await request(`${url}/api/v1/auth/password`, 'PUT', { token, body })).status).toBe(204);
    expect((await refresh(session)).status).toBe(401);
    expect((await login(email, TEST_PASSWORD)).status).toBe(401);
    expect((await login(email, 'a brand new passphrase')).status).toBe(200);
  });

  it('a role change revokes refresh tokens, applies at once and is audited', async () => {
    const { email, id, token } = workspace.users.agent;
    const session = refreshCookieOf(await login(email, TEST_PASSWORD));
    const response = await request(`${url}/api/v1/users/${id}/role`, 'PATCH', {
      token: workspace.users.admin.token,
      body: { role: 'viewer' },
    });
    expect(response.status).toBe(200);
    expect((await refresh(session)).status).toBe(401);
    expect(await (await me(token)).json()).toMatchObject({ role: 'viewer' });
    const events = await runtime.app.get(AuditService).latest(workspace.workspaceId, 100);
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'user.role_changed',
        actorUserId: workspace.users.admin.id,
        targetId: id,
        details: { from: 'agent', to: 'viewer' },
        clientIp: '127.0.0.1',
      }),
    );
  });

  it('refuses a second user with an e-mail already in the workspace with 409, adding nothing', async () => {
    const admin = workspace.users.admin.token;
    const listed = async () =>
      ((await (await request(`${url}/api/v1/users`, 'GET', { token: admin })).json()) as unknown[])
        .length;
    const before = await listed();
    const response = await request(`${url}/api/v1/users`, 'POST', {
      token: admin,
      body: {
        email: workspace.users.editor.email,
        displayName: 'Twin',
        password: TEST_PASSWORD,
        role: 'viewer',
      },
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      message: `A user with the e-mail ${workspace.users.editor.email} already exists`,
    });
    expect(await listed()).toBe(before);
  });

  it('refuses unknown body fields with 400 naming them', async () => {
    const response = await request(`${url}/api/v1/auth/login`, 'POST', {
      body: { email: 'a@example.com', password: 'x', admin: true, extra: 1 },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      message: 'Unknown fields: admin, extra',
      unknownFields: ['admin', 'extra'],
    });
  });
});
