import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SecretsService } from '../secrets/secrets.service';
import { createTestWorkspace, request, type TestWorkspace } from '../testing/test-callers';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const examples = join(__dirname, '../../../../examples/bots');

async function example(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(examples, `${name}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

type Json = Record<string, unknown>;

describe('bots, drafts, versions and environments over HTTP', () => {
  let runtime: TestRuntime;
  let shop: TestWorkspace;
  let bank: TestWorkspace;

  async function call(
    method: string,
    path: string,
    body?: unknown,
    token = shop.users.editor.token,
  ): Promise<{ status: number; json: Json & Json[]; text: string }> {
    const response = await request(`${runtime.url}/api/v1${path}`, method, { token, body });
    const text = await response.text();
    return { status: response.status, text, json: (text ? JSON.parse(text) : {}) as Json & Json[] };
  }

  async function createBot(document?: Json): Promise<string> {
    const created = await call('POST', '/bots', { name: 'Order status', document });
    expect(created.status).toBe(201);
    return created.json.id as string;
  }

  beforeAll(async () => {
    runtime = await startTestRuntime();
    shop = await createTestWorkspace(runtime.app);
    bank = await createTestWorkspace(runtime.app);
  });
  afterAll(() => runtime.close());

  it('creates a bot with a starter draft that publishes as it is, and the default environments', async () => {
    const created = await call('POST', '/bots', { name: 'Travel desk' });
    expect(created.json).toMatchObject({
      name: 'Travel desk',
      documentId: 'travel-desk',
      draftRevision: 1,
      latestVersion: null,
      environments: [
        { name: 'staging', version: null },
        { name: 'production', version: null },
      ],
    });
    const draft = await call('GET', `/bots/${created.json.id as string}/draft`);
    expect(draft.json).toMatchObject({ revision: 1, problems: [] });
    expect((await call('GET', '/bots')).json.map((bot) => bot.name)).toContain('Travel desk');
  });

  it('refuses bad input with specific errors and writes nothing', async () => {
    expect((await call('POST', '/bots', { name: '' })).status).toBe(400);
    expect((await call('POST', '/bots', { name: 'X', colour: 'red' })).json).toMatchObject({
      problems: [{ message: 'unknown field(s)' }],
    });
    expect((await call('GET', '/bots/not-a-uuid')).status).toBe(400);
    expect((await call('GET', `/bots/${randomUUID()}`)).status).toBe(404);
    const botId = await createBot(await example('order-status'));
    expect((await call('PUT', `/bots/${botId}/draft`, { document: {} })).status).toBe(400);
    expect((await call('POST', `/bots/${botId}/publish`, { environment: 'Prod!' })).status).toBe(
      400,
    );
    expect((await call('GET', `/bots/${botId}`)).json).toMatchObject({
      draftRevision: 1,
      latestVersion: null,
    });
  });

  it('keeps workspaces apart and enforces roles', async () => {
    const botId = await createBot(await example('order-status'));
    expect((await call('GET', `/bots/${botId}`, undefined, bank.users.admin.token)).status).toBe(
      404,
    );
    expect((await call('POST', `/bots/${botId}/publish`, {}, bank.users.admin.token)).status).toBe(
      404,
    );
    expect(
      (await call('GET', `/bots/${botId}/draft`, undefined, shop.users.viewer.token)).status,
    ).toBe(200);
    expect((await call('POST', `/bots/${botId}/publish`, {}, shop.users.viewer.token)).status).toBe(
      403,
    );
    expect(
      (await call('DELETE', `/bots/${botId}`, undefined, shop.users.editor.token)).status,
    ).toBe(403);
  });

  it('lets one of two concurrent draft writers win; the other gets 409 and loses nothing', async () => {
    const botId = await createBot(await example('order-status'));
    const loaded = await call('GET', `/bots/${botId}/draft`);
    const base = loaded.json.document as Json;
    const alice = { ...base, description: 'Alice was here' };
    const bob = { ...base, description: 'Bob was here' };
    const [first, second] = await Promise.all([
      call('PUT', `/bots/${botId}/draft`, { revision: 1, document: alice }),
      call('PUT', `/bots/${botId}/draft`, { revision: 1, document: bob }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const [winner, loser] = first.status === 200 ? [first, second] : [second, first];
    expect(loser.json).toMatchObject({ statusCode: 409, currentRevision: 2 });
    const stored = await call('GET', `/bots/${botId}/draft`);
    expect(stored.json.revision).toBe(2);
    expect(stored.json.document).toEqual((winner.json as Json).document);
    // The loser rebases on the current revision and saves: both changes survive in order.
    const rebased = { ...(stored.json.document as Json), name: 'Order status (merged)' };
    const retried = await call('PUT', `/bots/${botId}/draft`, { revision: 2, document: rebased });
    expect(retried.status).toBe(200);
    expect(retried.json).toMatchObject({ revision: 3, document: rebased });
    expect((await call('GET', `/bots/${botId}`)).json.name).toBe('Order status (merged)');
  });

  it('refuses to publish a draft with problems (422 listing them) and creates no version', async () => {
    const document = await example('order-status');
    const broken = structuredClone(document) as { flows: { edges: unknown[] }[] };
    broken.flows[0]!.edges.push({
      id: 'dangling',
      source: 'start',
      sourceHandle: 'x',
      target: 'nowhere',
    });
    const botId = await createBot(broken);
    const published = await call('POST', `/bots/${botId}/publish`, { note: 'first' });
    expect(published.status).toBe(422);
    expect(published.json.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ severity: 'error', edgeId: 'dangling' })]),
    );
    expect((await call('GET', `/bots/${botId}/versions`)).json).toEqual([]);
    expect((await call('GET', `/bots/${botId}`)).json.latestVersion).toBeNull();
  });

  it('publishes immutable numbered versions with note and author, deployed to staging', async () => {
    const botId = await createBot(await example('order-status'));
    const published = await call('POST', `/bots/${botId}/publish`, { note: 'First release' });
    expect(published.status).toBe(201);
    expect(published.json).toMatchObject({
      version: { number: 1, note: 'First release', author: shop.users.editor.email },
      environment: { name: 'staging', version: { number: 1 } },
    });
    const stale = await call('POST', `/bots/${botId}/publish`, { revision: 7 });
    expect(stale.status).toBe(409);
    const second = await call('POST', `/bots/${botId}/publish`, { environment: null });
    expect(second.json).toMatchObject({ version: { number: 2 } });
    expect(second.json.environment).toBeUndefined();
    expect((await call('GET', `/bots/${botId}/versions`)).json.map((v) => v.number)).toEqual([
      2, 1,
    ]);
    const version = await call('GET', `/bots/${botId}/versions/1`);
    expect((version.json.document as Json).id).toBe('order-status');
    const dataSource = runtime.app.get(DataSource);
    await expect(
      dataSource.query(`UPDATE bot_versions SET note = 'changed' WHERE id = $1`, [version.json.id]),
    ).rejects.toThrow(/immutable/);
  });

  it('diffs two versions: nodes and edges added, removed and changed, settings changed', async () => {
    const document = await example('order-status');
    const botId = await createBot(document);
    await call('POST', `/bots/${botId}/publish`, { note: 'v1' });
    const changed = structuredClone(document) as {
      settings: Json;
      flows: { id: string; nodes: Json[]; edges: Json[] }[];
    };
    const flow = changed.flows[0]!;
    const message = flow.nodes.find((node) => node.type === 'message')!;
    (message.data as Json).text = { en: 'Changed greeting', 'zh-CN': '新的问候' };
    flow.nodes.push({
      id: 'extra',
      type: 'message',
      position: { x: 0, y: 0 },
      data: { text: { en: 'Extra' } },
    });
    const end = flow.nodes.find((node) => node.type === 'end')!;
    flow.edges.push({ id: 'extra-next', source: 'extra', sourceHandle: 'next', target: end.id });
    changed.settings.nluConfidenceThreshold = 0.8;
    const saved = await call('PUT', `/bots/${botId}/draft`, { revision: 1, document: changed });
    expect(saved.status).toBe(200);
    const second = await call('POST', `/bots/${botId}/publish`, { note: 'v2' });
    expect(second.json.problems).toBeUndefined();

    const diff = await call('GET', `/bots/${botId}/versions/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    expect(diff.json.empty).toBe(false);
    const flowDiff = (diff.json.flows as Json[]).find((entry) => entry.flowId === flow.id)!;
    const nodes = flowDiff.nodes as { added: string[]; removed: string[]; changed: Json[] };
    expect(nodes.added).toEqual(['extra']);
    expect(nodes.removed).toEqual([]);
    expect(nodes.changed).toEqual([expect.objectContaining({ id: message.id })]);
    expect(flowDiff.edges).toMatchObject({ added: ['extra-next'], removed: [], changed: [] });
    expect(diff.json.settings).toEqual([
      { path: 'nluConfidenceThreshold', before: 0.6, after: 0.8 },
    ]);
    const againstDraft = await call('GET', `/bots/${botId}/versions/diff?from=2`);
    expect(againstDraft.json.empty).toBe(true);
    expect((await call('GET', `/bots/${botId}/versions/diff?from=1&to=9`)).status).toBe(404);
  });

  it('promotes staging to production and rolls back, each one call, audited with who', async () => {
    const botId = await createBot(await example('order-status'));
    await call('POST', `/bots/${botId}/publish`, { note: 'v1' });
    expect((await call('POST', `/bots/${botId}/promote`, {})).json).toMatchObject({
      name: 'production',
      version: { number: 1 },
    });
    await call('POST', `/bots/${botId}/publish`, { note: 'v2' });
    await call('POST', `/bots/${botId}/promote`, { from: 'staging', to: 'production' });
    const rolledBack = await call('POST', `/bots/${botId}/environments/production/rollback`, {});
    expect(rolledBack.json).toMatchObject({ name: 'production', version: { number: 1 } });
    const again = await call('POST', `/bots/${botId}/environments/production/rollback`, {});
    expect(again.status).toBe(409);
    const environments = await call('GET', `/bots/${botId}/environments`);
    expect(
      environments.json.map((env) => [env.name, (env.version as Json | null)?.number]),
    ).toEqual([
      ['staging', 2],
      ['production', 1],
    ]);
    const history = await call('GET', `/bots/${botId}/environments/production/history`);
    expect(
      history.json.map((entry) => [entry.action, entry.version, entry.previousVersion]),
    ).toEqual([
      ['rollback', 1, 2],
      ['promote', 2, 1],
      ['promote', 1, null],
    ]);
    const audit = await runtime.app.get(AuditService).latest(shop.workspaceId, 200);
    const ofBot = audit.filter((event) => event.targetId === botId);
    expect(ofBot.map((event) => event.action)).toEqual(
      expect.arrayContaining([
        'bot.published',
        'environment.deployed',
        'environment.promoted',
        'environment.rolled_back',
      ]),
    );
    expect(ofBot.find((event) => event.action === 'environment.rolled_back')).toMatchObject({
      actorUserId: shop.users.editor.id,
      details: expect.objectContaining({
        environment: 'production',
        version: 1,
        previousVersion: 2,
      }),
    });
    expect(
      (await call('POST', `/bots/${botId}/environments/qa/deploy`, { version: 1 })).status,
    ).toBe(404);
    const qa = await call(
      'POST',
      `/bots/${botId}/environments`,
      { name: 'qa' },
      shop.users.admin.token,
    );
    expect(qa.status).toBe(201);
    expect(
      (await call('POST', `/bots/${botId}/environments/qa/deploy`, { version: 2 })).json,
    ).toMatchObject({ version: { number: 2 } });
  });

  it('exports and imports a bot: the round trip is equal, and the file holds no secret value', async () => {
    const canary = `canary-${randomUUID()}`;
    await runtime.app
      .get(SecretsService)
      .create(shop.workspaceId, 'ORDERS_API_PROD', canary, { userId: shop.users.admin.id });
    const botId = await createBot(await example('order-status'));
    await call('POST', `/bots/${botId}/publish`, { note: 'First' });
    await call('POST', `/bots/${botId}/promote`, {});
    const patched = await call('PATCH', `/bots/${botId}/environments/production`, {
      secrets: { 'orders-api': 'ORDERS_API_PROD' },
    });
    expect(patched.status).toBe(200);
    expect(
      (await call('PATCH', `/bots/${botId}/environments/production`, { secrets: { x: 'MISSING' } }))
        .status,
    ).toBe(400);
    expect(
      (await call('PATCH', `/bots/${botId}/environments/production`, { variables: { nope: 1 } }))
        .status,
    ).toBe(400);

    const exported = await call('GET', `/bots/${botId}/export`);
    expect(exported.status).toBe(200);
    expect(exported.text).not.toContain(canary);
    expect(exported.json).toMatchObject({
      format: 'parley.bot-export',
      versions: [{ number: 1, note: 'First' }],
      environments: expect.arrayContaining([
        {
          name: 'production',
          version: 1,
          variables: {},
          secrets: { 'orders-api': 'ORDERS_API_PROD' },
        },
      ]),
    });

    const imported = await call('POST', '/bots/import', exported.json);
    expect(imported.status).toBe(201);
    expect(imported.json.id).not.toBe(botId);
    const reexported = await call('GET', `/bots/${imported.json.id as string}/export`);
    const { exportedAt: _first, ...original } = exported.json;
    const { exportedAt: _second, ...roundTrip } = reexported.json;
    expect(roundTrip).toEqual(original);
  });

  it('imports a bare document with an old schema version, migrated; an invalid file imports nothing', async () => {
    const before = (await call('GET', '/bots')).json.length;
    const invalid = await call('POST', '/bots/import', {
      format: 'parley.bot-export',
      formatVersion: 1,
      bot: { name: 'Broken', draft: await example('order-status') },
      versions: [{ number: 1, document: { schemaVersion: 2, id: 'x' } }],
      environments: [{ name: 'production', version: 3 }],
    });
    expect(invalid.status).toBe(422);
    const located = (invalid.json.problems as Json[]).map((problem) => problem.document);
    expect(located).toEqual(expect.arrayContaining(['version 1', 'environment production']));
    expect((await call('GET', '/bots')).json.length).toBe(before);

    const oldDocument = structuredClone(await example('returns')) as Json & {
      flows: { edges: Json[] }[];
    };
    oldDocument.schemaVersion = 1;
    for (const flow of oldDocument.flows) {
      for (const edge of flow.edges) {
        edge.outcome = edge.sourceHandle;
        delete edge.sourceHandle;
      }
    }
    const imported = await call('POST', '/bots/import', oldDocument);
    expect(imported.status).toBe(201);
    const draft = await call('GET', `/bots/${imported.json.id as string}/draft`);
    expect(draft.json).toMatchObject({ problems: [], document: { schemaVersion: 2 } });
  });

  it('imports and publishes the example bots', async () => {
    for (const name of ['order-status', 'returns']) {
      const imported = await call('POST', '/bots/import', await example(name));
      expect(imported.status).toBe(201);
      const botId = imported.json.id as string;
      const published = await call('POST', `/bots/${botId}/publish`, { environment: 'production' });
      expect(published.status).toBe(201);
      expect(published.json).toMatchObject({
        version: { number: 1 },
        environment: { name: 'production' },
      });
    }
  });

  it('restores an old version as the draft', async () => {
    const document = await example('order-status');
    const botId = await createBot(document);
    await call('POST', `/bots/${botId}/publish`, {});
    await call('PUT', `/bots/${botId}/draft`, {
      revision: 1,
      document: { ...document, name: 'Renamed' },
    });
    const restored = await call('POST', `/bots/${botId}/versions/1/restore`, {});
    expect(restored.json).toMatchObject({ revision: 3, problems: [] });
    expect((restored.json.document as Json).name).toBe('Order status');
  });
});
