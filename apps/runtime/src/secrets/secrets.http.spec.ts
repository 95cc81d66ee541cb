import { randomUUID } from 'node:crypto';
import { AccessTokenService } from '../auth/access-token.service';
import { AuditService } from '../audit/audit.service';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { UsersService } from '../users/users.service';
import { WorkspacesService } from '../workspaces/workspaces.service';

describe('/api/v1/secrets', () => {
  let runtime: TestRuntime;
  let workspaceId: string;
  let adminToken: string;
  let editorToken: string;
  let otherAdminToken: string;
  const bodies: string[] = [];

  async function call(method: string, path: string, body?: unknown, token = adminToken) {
    const response = await fetch(`${runtime.url}/api/v1/secrets${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    bodies.push(text, JSON.stringify([...response.headers]));
    return { status: response.status, text, json: (): unknown => JSON.parse(text) };
  }

  beforeAll(async () => {
    runtime = await startTestRuntime({ PARLEY_LOG_LEVEL: 'trace' });
    workspaceId = (await runtime.app.get(WorkspacesService).create('Shop')).id;
    const users = runtime.app.get(UsersService);
    const tokens = runtime.app.get(AccessTokenService);
    const person = { workspaceId, displayName: 'A', password: 'correct horse battery' };
    const admin = await users.create({ ...person, email: 'admin@shop.test', role: 'admin' });
    const editor = await users.create({ ...person, email: 'editor@shop.test', role: 'editor' });
    adminToken = tokens.sign(admin.id, workspaceId);
    editorToken = tokens.sign(editor.id, workspaceId);
    const otherId = (await runtime.app.get(WorkspacesService).create('Bank')).id;
    const other = await users.create({
      ...person,
      workspaceId: otherId,
      email: 'admin@bank.test',
      role: 'admin',
    });
    otherAdminToken = tokens.sign(other.id, otherId);
  });
  afterAll(() => runtime.close());

  it('is for admins only: 401 without credentials, 403 for an editor', async () => {
    const anonymous = await fetch(`${runtime.url}/api/v1/secrets`);
    expect(anonymous.status).toBe(401);
    expect((await call('GET', '', undefined, editorToken)).status).toBe(403);
    expect((await call('POST', '', { name: 'X', value: 'y' }, editorToken)).status).toBe(403);
  });

  it('never shows a secret value in a response, a log line or the audit log (canary)', async () => {
    const canary = `canary-${randomUUID()}`;
    const created = await call('POST', '', { name: 'CANARY', value: canary });
    expect(created.status).toBe(201);
    expect(created.json()).toMatchObject({ name: 'CANARY', masked: `••••${canary.slice(-4)}` });
    expect((await call('GET', '')).json()).toEqual([
      expect.objectContaining({ name: 'CANARY', masked: `••••${canary.slice(-4)}` }),
    ]);
    expect((await call('GET', '/CANARY')).status).toBe(200);
    expect((await call('PUT', '/CANARY', { value: `${canary}-2` })).status).toBe(200);
    // Error paths with the canary in the body: duplicate, unknown field, bad name, missing secret.
    expect((await call('POST', '', { name: 'CANARY', value: canary })).status).toBe(409);
    expect((await call('POST', '', { name: 'OTHER', value: canary, note: canary })).status).toBe(
      400,
    );
    expect((await call('POST', '', { name: 'bad name', value: canary })).status).toBe(400);
    expect((await call('PUT', '/MISSING', { value: canary })).status).toBe(404);
    expect((await call('PUT', '/CANARY', { value: canary.repeat(1000) })).status).toBe(400);
    expect((await call('DELETE', '/CANARY')).status).toBe(204);
    expect((await call('GET', '/CANARY')).status).toBe(404);

    const audit = await runtime.app.get(AuditService).latest(workspaceId);
    const deleted = audit.find((event) => event.action === 'secret.deleted');
    expect(deleted).toMatchObject({ targetId: 'CANARY', actorUserId: expect.any(String) });
    expect(deleted?.clientIp).toMatch(/127\.0\.0\.1/);
    const everything = [...bodies, ...runtime.logLines, JSON.stringify(audit)].join('\n');
    expect(runtime.logLines.length).toBeGreaterThan(0);
    expect(everything).not.toContain(canary);
    expect(everything).not.toContain(canary.slice('canary-'.length));
  });

  it("answers 404 for another workspace's secret, and lists none of them", async () => {
    expect((await call('POST', '', { name: 'SHOP_KEY', value: 'shop-key-value' })).status).toBe(
      201,
    );
    for (const method of ['GET', 'DELETE']) {
      expect((await call(method, '/SHOP_KEY', undefined, otherAdminToken)).status).toBe(404);
    }
    expect((await call('PUT', '/SHOP_KEY', { value: 'x' }, otherAdminToken)).status).toBe(404);
    expect((await call('GET', '', undefined, otherAdminToken)).json()).toEqual([]);
    expect((await call('GET', '/SHOP_KEY')).status).toBe(200);
  });

  it('answers 400 on a malformed name and lists the problems without the input', async () => {
    const response = await call('POST', '', { name: '1abc', value: 'secret-value-here' });
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ problems: [{ path: 'name' }] });
    expect(response.text).not.toContain('secret-value-here');
  });
});
