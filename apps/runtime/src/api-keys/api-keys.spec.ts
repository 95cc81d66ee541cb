import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { createTestWorkspace, request, type TestWorkspace } from '../testing/test-callers';

const createdSchema = z.object({ id: z.uuid(), key: z.string(), keyPrefix: z.string() });
const listedSchema = z.array(
  z.object({ id: z.string(), lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable() }),
);

describe('API keys', () => {
  let runtime: TestRuntime;
  let workspace: TestWorkspace;
  beforeAll(async () => {
    runtime = await startTestRuntime();
    workspace = await createTestWorkspace(runtime.app);
  });
  afterAll(() => runtime.close());

  it('are created by admins, shown once, stored hashed, used, recorded and revoked', async () => {
    const url = runtime.url;
    const admin = workspace.users.admin;
    const response = await request(`${url}/api/v1/api-keys`, 'POST', {
      token: admin.token,
      body: { name: 'shop backend', role: 'editor' },
    });
    expect(response.status).toBe(201);
    const created = createdSchema.parse(await response.json());
    expect(created.key).toMatch(/^pk_[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(created.keyPrefix)).toBe(true);

    // Only a SHA-256 is stored, and listings never show the key.
    const rows: { key_hash: string }[] = await runtime.app
      .get(DataSource)
      .query('SELECT key_hash FROM api_keys WHERE id = $1', [created.id]);
    expect(rows[0]?.key_hash).toMatch(/^[0-9a-f]{64}$/);
    const listing = await (
      await request(`${url}/api/v1/api-keys`, 'GET', { token: admin.token })
    ).text();
    expect(listing).not.toContain(created.key);
    expect(listing).not.toContain(rows[0]?.key_hash);

    const headers = { 'x-api-key': created.key };
    const me = await request(`${url}/api/v1/auth/me`, 'GET', { headers });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ role: 'editor', apiKeyId: created.id, userId: null });
    const validate = await request(`${url}/api/v1/bots/validate`, 'POST', { headers, body: {} });
    expect(validate.status).toBe(200);
    const listed = listedSchema.parse(
      await (await request(`${url}/api/v1/api-keys`, 'GET', { token: admin.token })).json(),
    );
    expect(listed.find((key) => key.id === created.id)?.lastUsedAt).not.toBeNull();

    const revoke = `${url}/api/v1/api-keys/${created.id}`;
    expect((await request(revoke, 'DELETE', { token: admin.token })).status).toBe(204);
    expect((await request(`${url}/api/v1/auth/me`, 'GET', { headers })).status).toBe(401);
    expect((await request(revoke, 'DELETE', { token: admin.token })).status).toBe(404);

    const events = await runtime.app.get(AuditService).latest(workspace.workspaceId, 100);
    for (const action of ['api_key.created', 'api_key.revoked']) {
      expect(events).toContainEqual(
        expect.objectContaining({
          action,
          actorUserId: admin.id,
          targetId: created.id,
          clientIp: '127.0.0.1',
        }),
      );
    }
  });

  it('refuses an unknown or malformed key with 401, and non-admins creating keys with 403', async () => {
    const url = runtime.url;
    const unknown = { headers: { 'x-api-key': 'pk_not-a-real-key' } };
    expect((await request(`${url}/api/v1/auth/me`, 'GET', unknown)).status).toBe(401);
    const body = { name: 'mine', role: 'admin' };
    const token = workspace.users.editor.token;
    expect((await request(`${url}/api/v1/api-keys`, 'POST', { token, body })).status).toBe(403);
  });
});

describe('GET /api/v1/audit', () => {
  let runtime: TestRuntime;
  let workspace: TestWorkspace;
  beforeAll(async () => {
    runtime = await startTestRuntime();
    workspace = await createTestWorkspace(runtime.app);
  });
  afterAll(() => runtime.close());

  it('filters by actor, action and time, newest first', async () => {
    const { admin, viewer } = workspace.users;
    const url = runtime.url;
    const before = new Date(Date.now() - 1000).toISOString();
    for (const name of ['one', 'two']) {
      const body = { name, role: 'viewer' };
      await request(`${url}/api/v1/api-keys`, 'POST', { token: admin.token, body });
    }
    await request(`${url}/api/v1/auth/login`, 'POST', {
      body: { email: viewer.email, password: viewer.password },
    });
    const list = async (query: string) =>
      z
        .array(
          z.object({
            action: z.string(),
            actorUserId: z.string().nullable(),
            details: z.unknown(),
          }),
        )
        .parse(
          await (
            await request(`${url}/api/v1/audit?${query}`, 'GET', { token: admin.token })
          ).json(),
        );

    const created = await list(`action=api_key.created&actor=${admin.id}&from=${before}`);
    expect(created.map((event) => event.details)).toEqual([
      { name: 'two', role: 'viewer' },
      { name: 'one', role: 'viewer' },
    ]);
    expect(await list(`actor=${viewer.id}`)).toEqual([
      expect.objectContaining({ action: 'auth.login', actorUserId: viewer.id }),
    ]);
    expect(await list(`to=${before}`)).toEqual([]);
    const bad = await request(`${url}/api/v1/audit?who=me`, 'GET', { token: admin.token });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ unknownFields: ['who'] });
  });
});
