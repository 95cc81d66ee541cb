import { randomUUID } from 'node:crypto';
import { anaTest, greeterBot, strangerTest } from '@parley/conversation-tests/testing';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import { createTestWorkspace, request, type TestWorkspace } from '../testing/test-callers';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

type Json = Record<string, unknown>;
const testOutcomesSchema = z.object({
  tests: z.array(z.object({ name: z.string(), passed: z.boolean() })),
});

describe('conversation tests over HTTP: the run API and the publish gate', () => {
  let runtime: TestRuntime;
  let shop: TestWorkspace;
  let bank: TestWorkspace;

  async function call(
    method: string,
    path: string,
    body?: unknown,
    token = shop.users.editor.token,
  ): Promise<{ status: number; json: Json & Json[] }> {
    const response = await request(`${runtime.url}/api/v1${path}`, method, { token, body });
    const text = await response.text();
    return { status: response.status, json: (text ? JSON.parse(text) : {}) as Json & Json[] };
  }

  async function createBot(tests: unknown[]): Promise<string> {
    const created = await call('POST', '/bots', { name: 'Greeter', document: greeterBot(tests) });
    expect(created.status).toBe(201);
    return created.json.id as string;
  }

  beforeAll(async () => {
    runtime = await startTestRuntime();
    shop = await createTestWorkspace(runtime.app);
    bank = await createTestWorkspace(runtime.app);
  });
  afterAll(() => runtime.close());

  it("runs the draft's tests: results, the node where a failure diverged, coverage counted by hand", async () => {
    const botId = await createBot([strangerTest, anaTest]);
    const run = await call('POST', `/bots/${botId}/tests/run`, { target: 'draft' });
    expect(run.status).toBe(200);
    expect(run.json).toMatchObject({
      target: { kind: 'draft', revision: 1 },
      summary: { total: 2, passed: 1, failed: 1 },
      tests: [
        { name: 'greets a stranger', passed: true },
        {
          name: 'greets Ana like anyone',
          passed: false,
          failure: {
            turn: 0,
            field: 'message',
            expected: 'Hello, Ana.',
            actual: 'Welcome back, Ana!',
            nodeId: 'vip-hello',
            flowId: 'main',
          },
        },
      ],
      // Six outcomes with an edge (see greeterBot); the two tests take all six.
      coverage: { covered: 6, total: 6, flows: [{ flowId: 'main', covered: 6, total: 6 }] },
    });
    const [, ana] = run.json.tests as { turns: Json[] }[];
    expect(ana?.turns[0]).toMatchObject({
      index: 0,
      passed: false,
      messages: [
        expect.objectContaining({ text: 'Welcome back, Ana!', nodeId: 'vip-hello' }),
        expect.objectContaining({ type: 'end', status: 'resolved' }),
      ],
      trace: expect.arrayContaining([expect.objectContaining({ type: 'step', nodeId: 'check' })]),
    });
    // Only the passing test: the vip branch and its message are left uncovered.
    const one = await call(
      'POST',
      `/bots/${botId}/tests/run`,
      { target: 'draft', names: ['greets a stranger'] },
      shop.users.viewer.token,
    );
    expect(one.status).toBe(200);
    expect(one.json).toMatchObject({
      summary: { total: 1, passed: 1, failed: 0 },
      coverage: {
        covered: 4,
        total: 6,
        missing: [
          { flowId: 'main', nodeId: 'check', outcome: 'vip' },
          { flowId: 'main', nodeId: 'vip-hello', outcome: 'next' },
        ],
        flows: [
          {
            covered: 4,
            total: 6,
            nodes: {
              check: { visited: true, outcomes: { vip: false, else: true } },
              'vip-hello': { visited: false, outcomes: { next: false } },
            },
          },
        ],
      },
    });
  });

  it('blocks a publish with failing tests (422 listing them, no version), lets an admin override it, audited', async () => {
    const botId = await createBot([strangerTest, anaTest]);
    const blocked = await call('POST', `/bots/${botId}/publish`, { note: 'try' });
    expect(blocked.status).toBe(422);
    expect(blocked.json).toMatchObject({
      message: '1 of 2 conversation tests fail',
      testFailures: [
        { name: 'greets Ana like anyone', failure: { nodeId: 'vip-hello', field: 'message' } },
      ],
    });
    expect((await call('GET', `/bots/${botId}/versions`)).json).toEqual([]);

    const editorOverride = await call('POST', `/bots/${botId}/publish`, {
      overrideTests: { reason: 'hotfix' },
    });
    expect(editorOverride.status).toBe(403);
    expect((await call('GET', `/bots/${botId}/versions`)).json).toEqual([]);
    const empty = await call(
      'POST',
      `/bots/${botId}/publish`,
      { overrideTests: { reason: ' ' } },
      shop.users.admin.token,
    );
    expect(empty.status).toBe(400);

    const overridden = await call(
      'POST',
      `/bots/${botId}/publish`,
      { note: 'known issue', overrideTests: { reason: 'VIP greeting is being reworded' } },
      shop.users.admin.token,
    );
    expect(overridden.status).toBe(201);
    expect(overridden.json).toMatchObject({ version: { number: 1 } });
    const audit = await runtime.app.get(AuditService).latest(shop.workspaceId, 200);
    const published = audit.find((e) => e.targetId === botId && e.action === 'bot.published');
    expect(published).toMatchObject({
      actorUserId: shop.users.admin.id,
      details: {
        version: 1,
        testsOverridden: {
          reason: 'VIP greeting is being reworded',
          failed: ['greets Ana like anyone'],
        },
      },
    });
  });

  it('publishes without a fuss when every test passes, and runs tests of a version and an environment', async () => {
    const botId = await createBot([strangerTest]);
    const published = await call('POST', `/bots/${botId}/publish`, {});
    expect(published.status).toBe(201);
    const versionId = (published.json.version as Json).id as string;
    // The draft moves on with a failing test; version 1 and staging keep the old tests.
    const draft = await call('GET', `/bots/${botId}/draft`);
    const saved = await call('PUT', `/bots/${botId}/draft`, {
      revision: draft.json.revision,
      document: greeterBot([strangerTest, anaTest]),
    });
    expect(saved.status).toBe(200);
    const byVersion = await call('POST', `/bots/${botId}/tests/run`, {
      target: 'version',
      versionId,
    });
    expect(byVersion.json).toMatchObject({
      target: { kind: 'version', versionId, number: 1 },
      summary: { total: 1, passed: 1 },
      coverage: { covered: 4, total: 6 },
    });
    const byEnvironment = await call('POST', `/bots/${botId}/tests/run`, {
      target: 'environment',
      environment: 'staging',
    });
    expect(byEnvironment.json).toMatchObject({
      target: { kind: 'environment', environment: 'staging', versionId, number: 1 },
      summary: { total: 1, passed: 1 },
    });
    const ofDraft = await call('POST', `/bots/${botId}/tests/run`, { target: 'draft' });
    expect(ofDraft.json).toMatchObject({ target: { revision: 2 }, summary: { failed: 1 } });
    // Nothing is published in production: 409; unknown environment or version: 404.
    const production = { target: 'environment', environment: 'production' };
    expect((await call('POST', `/bots/${botId}/tests/run`, production)).status).toBe(409);
    const qa = { target: 'environment', environment: 'qa' };
    expect((await call('POST', `/bots/${botId}/tests/run`, qa)).status).toBe(404);
    const other = { target: 'version', versionId: randomUUID() };
    expect((await call('POST', `/bots/${botId}/tests/run`, other)).status).toBe(404);
  });

  it("starts the tests of an environment with that environment's bot variables, and no others", async () => {
    const stagingTest = {
      name: 'greets in the staging shop',
      turns: [{ expect: { messages: ['Welcome to Staging shop'] } }],
    };
    // A test's own vars go over the environment's.
    const ownTest = {
      name: 'greets in its own shop',
      vars: { shop: 'Own shop' },
      turns: [{ expect: { messages: ['Welcome to Own shop'] } }],
    };
    const created = await call('POST', '/bots', {
      name: 'Shop greeter',
      document: shopGreeterBot([stagingTest, ownTest]),
    });
    expect(created.status).toBe(201);
    const botId = created.json.id as string;
    // The publish gate runs on the document's defaults, so the staging test fails there.
    const published = await call(
      'POST',
      `/bots/${botId}/publish`,
      { overrideTests: { reason: 'the staging test needs staging values' } },
      shop.users.admin.token,
    );
    expect(published.status).toBe(201);
    const versionId = (published.json.version as Json).id as string;

    const run = async (body: Json) => {
      const response = await call('POST', `/bots/${botId}/tests/run`, body);
      expect(response.status).toBe(200);
      return response.json;
    };
    /** Whether each test passed, by name. */
    const passing = (result: Json) =>
      Object.fromEntries(
        testOutcomesSchema.parse(result).tests.map((test) => [test.name, test.passed]),
      );
    const staging = { target: 'environment', environment: 'staging' };

    // Nothing set in staging yet: the default greets.
    const before = await run(staging);
    expect(passing(before)).toEqual({
      'greets in the staging shop': false,
      'greets in its own shop': true,
    });
    expect(before).toMatchObject({
      tests: [
        { failure: { expected: 'Welcome to Staging shop', actual: 'Welcome to Default shop' } },
        {},
      ],
    });

    const set = await call('PATCH', `/bots/${botId}/environments/staging`, {
      variables: { shop: 'Staging shop' },
    });
    expect(set.status).toBe(200);
    const after = await run(staging);
    expect(after).toMatchObject({ target: { kind: 'environment', environment: 'staging' } });
    expect(passing(after)).toEqual({
      'greets in the staging shop': true,
      'greets in its own shop': true,
    });
    expect(passing(await run({ ...staging, names: ['greets in the staging shop'] }))).toEqual({
      'greets in the staging shop': true,
    });

    // Production runs the same version with its own (unset) values.
    const deployed = await call('POST', `/bots/${botId}/environments/production/deploy`, {
      version: 1,
    });
    expect(deployed.status).toBe(201);
    const production = await run({ target: 'environment', environment: 'production' });
    expect(passing(production)['greets in the staging shop']).toBe(false);
    // The draft and a version run on the document's defaults, as the publish gate does.
    for (const body of [{ target: 'draft' }, { target: 'version', versionId }]) {
      expect(passing(await run(body))).toEqual({
        'greets in the staging shop': false,
        'greets in its own shop': true,
      });
    }
  });

  it('validates the body, checks roles, and hides other workspaces', async () => {
    const botId = await createBot([strangerTest]);
    const path = `/bots/${botId}/tests/run`;
    const bad = await call('POST', path, { target: 'version' });
    expect(bad.status).toBe(400);
    expect((await call('POST', path, { target: 'draft', extra: 1 })).status).toBe(400);
    expect((await call('POST', path, {})).status).toBe(400);
    expect((await call('POST', path, { target: 'draft' }, shop.users.agent.token)).status).toBe(
      403,
    );
    expect((await call('POST', path, { target: 'draft' }, bank.users.admin.token)).status).toBe(
      404,
    );
    expect(
      (await call('POST', `/bots/${randomUUID()}/tests/run`, { target: 'draft' })).status,
    ).toBe(404);
  });

  it('reports stored tests that name unknown nodes or variables among the draft problems (warnings)', async () => {
    const stale = {
      name: 'stale',
      turns: [{ say: 'Bo', expect: { node: 'gone', vars: { nickname: 'B' } } }],
    };
    const botId = await createBot([strangerTest, stale]);
    const draft = await call('GET', `/bots/${botId}/draft`);
    expect(draft.json.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'unknown-node',
          severity: 'warning',
          path: ['tests', 1, 'turns', 0, 'expect', 'node'],
        }),
        expect.objectContaining({
          code: 'undeclared-variable',
          path: ['tests', 1, 'turns', 0, 'expect', 'vars', 'nickname'],
        }),
      ]),
    );
  });
});

/** Greets with the bot-scoped `shop` variable, then ends: what it says depends on the environment. */
function shopGreeterBot(tests: unknown[]): Json {
  const at = (y: number) => ({ x: 0, y });
  return {
    schemaVersion: 2,
    id: 'shop-greeter',
    name: 'Shop greeter',
    defaultLocale: 'en',
    locales: ['en'],
    variables: [{ name: 'shop', type: 'string', scope: 'bot', default: 'Default shop' }],
    flows: [
      {
        id: 'main',
        name: 'Main',
        nodes: [
          { id: 'start', type: 'start', position: at(0), data: {} },
          {
            id: 'greet',
            type: 'message',
            position: at(100),
            data: { text: { en: 'Welcome to {{ vars.shop }}' } },
          },
          { id: 'done', type: 'end', position: at(200), data: { status: 'resolved' } },
        ],
        edges: [
          { id: 'e1', source: 'start', sourceHandle: 'next', target: 'greet' },
          { id: 'e2', source: 'greet', sourceHandle: 'next', target: 'done' },
        ],
      },
    ],
    tests,
  };
}
