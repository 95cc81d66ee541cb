import type { HttpRequest, Ports } from '@parley/engine';
import { contracts } from '@parley/engine/testing';
import { SecretsService } from '../secrets/secrets.service';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { EnginePortsFactory, type EnginePortsContext } from './engine-ports.factory';
import { MAX_REPLY_BYTES } from './http-reply.reader';
import { startTestHttpService, type TestHttpService } from './http-service.fixture';

const CRM_TOKEN = 'crm-live-7f3a9c1e55d04b2b';
const CRM_PROD_TOKEN = 'crm-prod-0c9e4411aa7d6e38';
const CONTRACT_TOKEN = 'contract-tok-51d2e7a0b3';

let runtime: TestRuntime;
let factory: EnginePortsFactory;
let workspaceId: string;
let otherWorkspaceId: string;

beforeAll(async () => {
  runtime = await startTestRuntime();
  factory = runtime.app.get(EnginePortsFactory);
  const workspaces = runtime.app.get(WorkspacesService);
  workspaceId = (await workspaces.create('Ports shop')).id;
  otherWorkspaceId = (await workspaces.create('Ports bank')).id;
  const secrets = runtime.app.get(SecretsService);
  await secrets.create(workspaceId, 'crm', CRM_TOKEN);
  await secrets.create(workspaceId, 'CRM_PROD', CRM_PROD_TOKEN);
  await secrets.create(workspaceId, 'contract-token', CONTRACT_TOKEN);
  await secrets.create(otherWorkspaceId, 'bank-only', 'bank-only-value-123456');
});
afterAll(() => runtime.close());

function portsFor(context: Partial<EnginePortsContext> = {}): Ports {
  return factory.create({
    workspaceId,
    conversationId: 'conv-1',
    turnKey: 'msg-1',
    secretNames: {},
    ...context,
  });
}

/** A subject for the contract suites: fresh ports and a fresh service per test. */
async function subject<P>(pick: (ports: Ports) => P) {
  const control = await startTestHttpService({ name: 'contract-token', value: CONTRACT_TOKEN });
  return { port: pick(portsFor()), control, dispose: () => control.close() };
}

contracts.describeActionPortContract('runtime action port', () => subject((p) => p.action));

describe('LookupPort contract: runtime lookup port (HTTP; data tables come later)', () => {
  const current = contracts.useSubject(() => subject((p) => p.lookup));
  contracts.describeHttpBasics('lookup', () => {
    const { port, control } = current();
    return { control, send: (request: HttpRequest) => port.http(request) };
  });
  it(
    'honours timeoutMs',
    async () => {
      const { port, control } = current();
      control.hang();
      const request = { method: 'GET', url: control.url('/slow'), headers: {}, timeoutMs: 300 };
      await contracts.expectTimeout(() => port.http(request as HttpRequest), 'lookup', 300);
    },
    contracts.CONTRACT_TEST_TIMEOUT_MS,
  );
});

contracts.describeClockPortContract('system clock', () =>
  Promise.resolve({ port: portsFor().clock, control: {} }),
);

describe('runtime HTTP ports', () => {
  let service: TestHttpService;
  beforeEach(async () => {
    service = await startTestHttpService({ name: 'crm', value: CRM_TOKEN });
  });
  afterEach(() => service.close());

  const get = (path: string, extra: Partial<HttpRequest> = {}): HttpRequest => ({
    method: 'GET',
    url: service.url(path),
    headers: {},
    timeoutMs: 5_000,
    ...extra,
  });

  describe('credentials', () => {
    it('injects a vault secret as a Bearer token and never shows it in the reply', async () => {
      // The service echoes the credential back, as debug endpoints do.
      service.answerWith((request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({ name: 'Ann', echo: { seen: request.headers.authorization } }),
        );
      });
      const request = get('/customers/7', { secretName: 'crm' });
      const reply = await portsFor().lookup.http(request);
      expect(service.received()[0]?.headers.authorization).toBe(`Bearer ${CRM_TOKEN}`);
      expect(reply).toEqual({ status: 200, body: { name: 'Ann', echo: { seen: 'Bearer ***' } } });
      expect(JSON.stringify([reply, request])).not.toContain(CRM_TOKEN);
    });

    it('resolves a name through the environment mapping, else by itself', async () => {
      service.respond(200, { ok: true });
      const staging = portsFor({ secretNames: { crm: 'CRM_PROD' } });
      await staging.lookup.http(get('/a', { secretName: 'crm' }));
      await staging.lookup.http(get('/b', { secretName: 'contract-token' }));
      const [mapped, unmapped] = service.received();
      expect(mapped?.headers.authorization).toBe(`Bearer ${CRM_PROD_TOKEN}`);
      expect(unmapped?.headers.authorization).toBe(`Bearer ${CONTRACT_TOKEN}`);
    });

    it('fails as not-configured naming the missing secret, before sending anything', async () => {
      const mapped = portsFor({ secretNames: { crm: 'CRM_STAGING' } });
      const error = await contracts.expectPortError(
        mapped.lookup.http(get('/x', { secretName: 'crm' })),
        'lookup',
        'not-configured',
      );
      expect(error.message).toBe(
        `secret_not_configured: the credential "crm" (stored as "CRM_STAGING" in this environment) is not in this workspace's secrets`,
      );
      const action = await contracts.expectPortError(
        portsFor().action.http({ ...get('/y', { secretName: 'nope' }), idempotencyKey: 'k-1' }),
        'action',
        'not-configured',
      );
      expect(action.message).toContain('"nope"');
      expect(service.received()).toEqual([]);
    });

    it('refuses a stored value a header cannot carry, without quoting it', async () => {
      await runtime.app
        .get(SecretsService)
        .create(workspaceId, 'broken', 'line-one-value\r\nX-Injected: 1');
      const error = await contracts.expectPortError(
        portsFor().lookup.http(get('/x', { secretName: 'broken' })),
        'lookup',
        'not-configured',
      );
      expect(error.message).toContain('"broken" holds characters an HTTP header cannot carry');
      expect(error.message).not.toContain('line-one');
      expect(service.received()).toEqual([]);
    });

    it('sends a value that names its own scheme as it is', async () => {
      await runtime.app
        .get(SecretsService)
        .create(workspaceId, 'basic', 'Basic dXNlcjpwYXNzd29yZA==');
      service.respond(200, {});
      await portsFor().lookup.http(get('/me', { secretName: 'basic' }));
      expect(service.received()[0]?.headers.authorization).toBe('Basic dXNlcjpwYXNzd29yZA==');
    });

    it("never reads another workspace's secrets", async () => {
      await contracts.expectPortError(
        portsFor().lookup.http(get('/x', { secretName: 'bank-only' })),
        'lookup',
        'not-configured',
      );
      expect(service.received()).toEqual([]);
    });
  });

  describe('failures', () => {
    it('gives up on a service that sleeps with a timeout', async () => {
      service.answerWith((_request, response) => {
        setTimeout(() => response.end('{}'), 3_000).unref();
      });
      const error = await contracts.expectPortError(
        portsFor().lookup.http(get('/slow', { timeoutMs: 200 })),
        'lookup',
        'timeout',
      );
      expect(error.message).toBe(`no answer from ${new URL(service.url('/')).host} within 200 ms`);
    });

    it('reports a refused connection as unavailable', async () => {
      const error = await contracts.expectPortError(
        portsFor().lookup.http({ ...get('/'), url: service.deadUrl('/orders') }),
        'lookup',
        'unavailable',
      );
      expect(error.message).toMatch(/^cannot reach 127\.0\.0\.1:\d+: the connection was refused/);
    });

    it('sends a GET lookup once more when the connection drops, but no other method', async () => {
      let calls = 0;
      service.answerWith((request, response) => {
        calls += 1;
        if (calls === 1) request.socket.destroy();
        else response.end(JSON.stringify({ attempt: calls }));
      });
      expect(await portsFor().lookup.http(get('/flaky'))).toEqual({
        status: 200,
        body: { attempt: 2 },
      });
      calls = 0;
      const post = { ...get('/flaky'), method: 'POST' as const, body: '{}' };
      await contracts.expectPortError(portsFor().lookup.http(post), 'lookup', 'unavailable');
      expect(calls).toBe(1);
    });

    it('refuses URLs that are not http(s) without sending', async () => {
      for (const url of ['ftp://127.0.0.1/x', 'file:///etc/passwd', 'orders/7']) {
        const error = await contracts.expectPortError(
          portsFor().lookup.http({ ...get('/'), url }),
          'lookup',
          'not-configured',
        );
        expect(error.message).toContain('http(s)');
      }
    });

    it('does not follow redirects, so the credential stays with the host the node named', async () => {
      const elsewhere = await startTestHttpService({ name: 'crm', value: CRM_TOKEN });
      service.answerWith((_request, response) => {
        response.writeHead(302, { location: elsewhere.url('/steal') });
        response.end();
      });
      const reply = await portsFor().lookup.http(get('/moved', { secretName: 'crm' }));
      expect(reply).toEqual({ status: 302, body: null });
      expect(elsewhere.received()).toEqual([]);
      await elsewhere.close();
    });
  });

  describe('reply bodies', () => {
    const answer = (status: number, type: string, body: string) =>
      service.answerWith((_request, response) => {
        response.writeHead(status, { 'content-type': type });
        response.end(body);
      });

    it('refuses a 2xx body that is not JSON, naming its type but not its content', async () => {
      answer(200, 'text/html', '<html>Log in, Ann Smith</html>');
      const error = await contracts.expectPortError(
        portsFor().lookup.http(get('/page')),
        'lookup',
        'bad-response',
      );
      expect(error.message).toMatch(
        /HTTP 200 with a body that is not JSON \(text\/html, 30 bytes\)/,
      );
      expect(error.message).not.toContain('Ann');
    });

    it('keeps the text of a non-2xx reply that is not JSON, and an empty body as null', async () => {
      answer(404, 'text/plain', 'No such order');
      expect(await portsFor().lookup.http(get('/o/1'))).toEqual({
        status: 404,
        body: 'No such order',
      });
      service.answerWith((_request, response) => {
        response.writeHead(204);
        response.end();
      });
      expect(await portsFor().lookup.http(get('/o/2'))).toEqual({ status: 204, body: null });
    });

    it.each([
      ['announced by Content-Length', true],
      ['streamed without a length', false],
    ])('refuses a body larger than 1 MiB (%s)', async (_how, announced) => {
      const big = JSON.stringify({ blob: 'x'.repeat(MAX_REPLY_BYTES) });
      service.answerWith((_request, response) => {
        response.writeHead(200, {
          'content-type': 'application/json',
          ...(announced ? { 'content-length': Buffer.byteLength(big) } : {}),
        });
        response.end(big);
      });
      const error = await contracts.expectPortError(
        portsFor().lookup.http(get('/big')),
        'lookup',
        'bad-response',
      );
      expect(error.message).toContain('larger than 1 MiB');
    });

    it('sends a JSON body as application/json unless the node named a type', async () => {
      service.respond(200, { ok: true });
      const post = { ...get('/q'), method: 'POST' as const, body: '{"q":1}' };
      await portsFor().lookup.http(post);
      await portsFor().lookup.http({ ...post, headers: { 'Content-Type': 'text/plain' } });
      const [plain, typed] = service.received();
      expect(plain?.headers['content-type']).toBe('application/json');
      expect(typed?.headers['content-type']).toBe('text/plain');
    });
  });

  describe('actions', () => {
    const write = (key: string): HttpRequest & { idempotencyKey: string } => ({
      method: 'POST',
      url: service.url('/transfers'),
      headers: { 'Content-Type': 'application/json' },
      body: '{"amount":100}',
      timeoutMs: 5_000,
      idempotencyKey: key,
    });

    it('sends the Idempotency-Key and never retries a 503, not even on a second call', async () => {
      service.respond(503, { error: 'busy' });
      const ports = portsFor({ conversationId: 'conv-503' });
      const key = 'conv-503:2:main/pay';
      expect(await ports.action.http(write(key))).toEqual({ status: 503, body: { error: 'busy' } });
      expect(service.received()).toHaveLength(1);
      expect(service.received()[0]?.headers['idempotency-key']).toBe(key);
      // A 5xx may not have written: a later call with the same key goes out again.
      await ports.action.http(write(key));
      expect(service.received()).toHaveLength(2);
    });

    it('replays an answered write when the turn runs again in this process', async () => {
      service.respond(201, { transfer: 'T-9' });
      const key = 'conv-replay:4:main/pay';
      const first = await portsFor({ conversationId: 'conv-replay' }).action.http(write(key));
      const again = await portsFor({ conversationId: 'conv-replay' }).action.http(write(key));
      expect(again).toEqual(first);
      expect(service.received()).toHaveLength(1);
    });

    it('scopes a key without this conversation by the conversation and the turn key', async () => {
      service.respond(200, {});
      const ports = portsFor({ conversationId: 'conv-x', turnKey: 'inbound-42' });
      await ports.action.http(write('order-status-no-conversation:1:main/pay'));
      expect(service.received()[0]?.headers['idempotency-key']).toBe(
        'conv-x:inbound-42:order-status-no-conversation:1:main/pay',
      );
    });
  });
});
