import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { userRoles } from '../users/user.entity';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { echoBot, startChat } from '../testing/chat-bots';
import { createTestWorkspace, request, type TestWorkspace } from '../testing/test-callers';
import { POLICY_EXTENSION } from './policy.decorator';

const operationSchema = z.looseObject({ [POLICY_EXTENSION]: z.array(z.string()).optional() });
const documentSchema = z.object({
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
const methods = ['get', 'post', 'put', 'patch', 'delete'];

interface Operation {
  method: string;
  path: string;
  roles: string[] | undefined;
}

async function operationsOf(url: string): Promise<Operation[]> {
  const document = documentSchema.parse(await (await fetch(`${url}/api/docs/json`)).json());
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        roles: operationSchema.parse(operation)[POLICY_EXTENSION],
      })),
  );
}

/** The path with every `{param}` replaced by a fresh id, so nothing real is touched. */
function concrete(path: string): string {
  return path.replaceAll(/\{[^}]+\}/g, () => randomUUID());
}

describe('access policy of every route (from the OpenAPI document)', () => {
  let runtime: TestRuntime;
  let workspace: TestWorkspace;
  let operations: Operation[];
  beforeAll(async () => {
    runtime = await startTestRuntime();
    workspace = await createTestWorkspace(runtime.app);
    operations = await operationsOf(runtime.url);
  });
  afterAll(() => runtime.close());

  it('finds the API routes, each declaring x-parley-roles', () => {
    expect(operations.map((op) => `${op.method} ${op.path}`)).toEqual(
      expect.arrayContaining(['POST /api/v1/auth/login', 'GET /api/v1/audit', 'GET /health']),
    );
    const undeclared = operations.filter((op) => !op.roles?.length);
    expect(undeclared).toEqual([]);
  });

  it('answers 401 without credentials on every non-public route', async () => {
    for (const op of operations.filter((o) => !o.roles?.includes('public'))) {
      const response = await request(`${runtime.url}${concrete(op.path)}`, op.method, {
        body: op.method === 'GET' || op.method === 'DELETE' ? undefined : {},
      });
      expect(`${op.method} ${op.path} → ${response.status}`).toBe(`${op.method} ${op.path} → 401`);
    }
  });

  it('lets each role (user or API key) through exactly the routes listing it, 403 elsewhere', async () => {
    const keys = new Map<string, string>();
    for (const role of userRoles) {
      const created = await request(`${runtime.url}/api/v1/api-keys`, 'POST', {
        token: workspace.users.admin.token,
        body: { name: `${role} key`, role },
      });
      keys.set(role, z.object({ key: z.string() }).parse(await created.json()).key);
    }
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const op of operations.filter((o) => !o.roles?.includes('public'))) {
      for (const role of userRoles) {
        const callers = {
          user: { token: workspace.users[role].token },
          key: { headers: { 'x-api-key': keys.get(role) ?? '' } },
        };
        for (const [kind, credentials] of Object.entries(callers)) {
          const response = await request(`${runtime.url}${concrete(op.path)}`, op.method, {
            ...credentials,
            body: op.method === 'GET' || op.method === 'DELETE' ? undefined : {},
          });
          const allowed = op.roles?.includes(role) ?? false;
          const seen =
            response.status === 403 ? 'forbidden' : response.status === 401 ? '401' : 'allowed';
          outcomes.push(`${role} ${kind} ${op.method} ${op.path}: ${seen}`);
          expected.push(
            `${role} ${kind} ${op.method} ${op.path}: ${allowed ? 'allowed' : 'forbidden'}`,
          );
        }
      }
    }
    expect(outcomes).toEqual(expected);
    // Not vacuous: every role is refused somewhere, and the admin is let through somewhere.
    for (const role of ['editor', 'agent', 'viewer']) {
      expect(
        outcomes.some((line) => line.startsWith(`${role} user`) && line.endsWith('forbidden')),
      ).toBe(true);
    }
    expect(
      outcomes.filter((line) => line.startsWith('admin') && line.endsWith('allowed')).length,
    ).toBeGreaterThan(4);
  });

  it('applies the same policy to API keys as to users of that role', async () => {
    const created = await request(`${runtime.url}/api/v1/api-keys`, 'POST', {
      token: workspace.users.admin.token,
      body: { name: 'viewer key', role: 'viewer' },
    });
    const { key } = z.object({ key: z.string() }).parse(await created.json());
    const headers = { 'x-api-key': key };
    expect((await request(`${runtime.url}/api/v1/audit`, 'GET', { headers })).status).toBe(403);
    expect((await request(`${runtime.url}/api/v1/auth/me`, 'GET', { headers })).status).toBe(200);
  });
});

describe('workspace isolation', () => {
  let runtime: TestRuntime;
  let shop: TestWorkspace;
  let bank: TestWorkspace;
  beforeAll(async () => {
    runtime = await startTestRuntime();
    shop = await createTestWorkspace(runtime.app);
    bank = await createTestWorkspace(runtime.app);
  });
  afterAll(() => runtime.close());

  it("answers 404 for another workspace's users and keys, and lists only its own", async () => {
    const admin = { token: bank.users.admin.token };
    const shopKey = await request(`${runtime.url}/api/v1/api-keys`, 'POST', {
      token: shop.users.admin.token,
      body: { name: 'shop server', role: 'agent' },
    });
    const { id: shopKeyId } = z.object({ id: z.uuid() }).parse(await shopKey.json());
    const shopUser = shop.users.editor.id;
    const url = runtime.url;
    expect((await request(`${url}/api/v1/users/${shopUser}`, 'GET', admin)).status).toBe(404);
    const patch = { ...admin, body: { role: 'admin' } };
    expect((await request(`${url}/api/v1/users/${shopUser}/role`, 'PATCH', patch)).status).toBe(
      404,
    );
    expect((await request(`${url}/api/v1/api-keys/${shopKeyId}`, 'DELETE', admin)).status).toBe(
      404,
    );
    const users = z
      .array(z.object({ workspaceId: z.string() }))
      .parse(await (await request(`${url}/api/v1/users`, 'GET', admin)).json());
    expect(new Set(users.map((user) => user.workspaceId))).toEqual(new Set([bank.workspaceId]));
    const keys = z
      .array(z.object({ id: z.string() }))
      .parse(await (await request(`${url}/api/v1/api-keys`, 'GET', admin)).json());
    expect(keys.map((key) => key.id)).not.toContain(shopKeyId);
    const audit = z
      .array(z.object({ workspaceId: z.string() }))
      .parse(await (await request(`${url}/api/v1/audit`, 'GET', admin)).json());
    expect(audit.every((event) => event.workspaceId === bank.workspaceId)).toBe(true);
    // The last admin cannot be demoted (nobody could manage the workspace).
    const demote = { ...admin, body: { role: 'viewer' } };
    const self = `${url}/api/v1/users/${bank.users.admin.id}/role`;
    expect((await request(self, 'PATCH', demote)).status).toBe(409);
    // The shop's key still works: the failed revocation did not touch it.
    const shopAdmin = { token: shop.users.admin.token };
    expect((await request(`${url}/api/v1/api-keys/${shopKeyId}`, 'DELETE', shopAdmin)).status).toBe(
      204,
    );
  });

  it("answers 404 on every route of a bot to another workspace's admin, and changes nothing", async () => {
    const url = runtime.url;
    const editor = { token: shop.users.editor.token };
    const document = echoBot();
    const imported = await request(`${url}/api/v1/bots/import`, 'POST', {
      ...editor,
      body: document,
    });
    const { id: botId } = z.object({ id: z.uuid() }).parse(await imported.json());
    await request(`${url}/api/v1/bots/${botId}/publish`, 'POST', {
      ...editor,
      body: { environment: 'production' },
    });
    const chat = await startChat(url, botId);
    const channel = await request(`${url}/api/v1/bots/${botId}/channels`, 'POST', {
      ...editor,
      body: { environment: 'production' },
    });
    const { id: channelId } = z.object({ id: z.uuid() }).parse(await channel.json());
    // A body each write would accept, so that nothing but the workspace stops it.
    const bodies: Record<string, unknown> = {
      'PUT /api/v1/bots/{botId}/draft': { revision: 1, document },
      'POST /api/v1/bots/{botId}/environments': { name: 'qa' },
      'PATCH /api/v1/bots/{botId}/environments/{environment}': { variables: {} },
      'POST /api/v1/bots/{botId}/environments/{environment}/deploy': { version: 1 },
      'POST /api/v1/bots/{botId}/channels': { environment: 'production' },
      'PATCH /api/v1/bots/{botId}/channels/{channelId}': { enabled: false },
      'POST /api/v1/bots/{botId}/tests/run': { target: 'draft' },
    };
    const botRoutes = (await operationsOf(url)).filter(
      (op) => op.path.includes('{botId}') && !op.roles?.includes('public'),
    );
    expect(botRoutes.length).toBeGreaterThan(15);
    const seen: string[] = [];
    for (const op of botRoutes) {
      const path = op.path
        .replace('{botId}', botId)
        .replace('{number}', '1')
        .replace('{environment}', 'production')
        .replace('{conversationId}', chat.conversationId)
        .replace('{channelId}', channelId);
      const key = `${op.method} ${op.path}`;
      const response = await request(
        `${url}${path}${path.endsWith('/diff') ? '?from=1' : ''}`,
        op.method,
        {
          token: bank.users.admin.token,
          body: bodies[key] ?? (op.method === 'GET' || op.method === 'DELETE' ? undefined : {}),
        },
      );
      seen.push(`${key} → ${response.status}`);
    }
    expect(seen).toEqual(botRoutes.map((op) => `${op.method} ${op.path} → 404`));
    const kept = await request(`${url}/api/v1/bots/${botId}/channels/${channelId}`, 'GET', editor);
    expect(await kept.json()).toMatchObject({ enabled: true });
    const still = await request(`${url}/api/v1/bots/${botId}`, 'GET', editor);
    expect(await still.json()).toMatchObject({
      draftRevision: 1,
      latestVersion: 1,
      environments: [
        { name: 'staging', version: null },
        { name: 'production', version: 1 },
      ],
    });
  });
});
