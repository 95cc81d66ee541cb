import type { FetchLike } from '../../../api/json-request';
import { createFakeRuntime, type FakeRuntimeOptions } from '../../../testing/fake-runtime';

/** What the fake admin routes hold, for tests to seed and inspect. */
export interface FakeAdminData {
  users: Record<string, unknown>[];
  apiKeys: Record<string, unknown>[];
  secrets: Record<string, unknown>[];
  audit: Record<string, unknown>[];
}

type Answer = [number, unknown?];

const now = '2026-11-03T08:00:00.000Z';

/**
 * The shell's fake runtime plus in-memory admin routes (users, API keys, secrets,
 * audit). Every admin call is recorded with its full path, query string included.
 */
export function createFakeAdminRuntime(options: FakeRuntimeOptions = {}) {
  const runtime = createFakeRuntime({ signedIn: true, ...options });
  const data: FakeAdminData = {
    users: [
      {
        id: 'u1',
        workspaceId: 'w1',
        email: 'ana@shop.test',
        displayName: 'Ana',
        role: options.role ?? 'admin',
        createdAt: '2026-11-01T09:00:00.000Z',
      },
    ],
    apiKeys: [],
    secrets: [],
    audit: [],
  };
  const adminCalls: string[] = [];
  const failures = new Map<string, Answer>();
  let nextKey = 1;

  function route(method: string, path: string, body: unknown): Answer | undefined {
    const [pathname = ''] = path.split('?');
    if (method === 'GET' && pathname === '/api/v1/users') return [200, data.users];
    if (method === 'POST' && pathname === '/api/v1/users') {
      const user = {
        id: `u${data.users.length + 1}`,
        workspaceId: 'w1',
        createdAt: now,
        ...(body as object),
      };
      delete (user as { password?: unknown }).password;
      data.users.push(user);
      return [201, user];
    }
    const roleChange = /^\/api\/v1\/users\/([^/]+)\/role$/.exec(pathname);
    if (method === 'PATCH' && roleChange) {
      const user = data.users.find((candidate) => candidate.id === roleChange[1]);
      if (!user) return [404, { message: 'No such user' }];
      Object.assign(user, body);
      return [200, user];
    }
    if (method === 'GET' && pathname === '/api/v1/api-keys') return [200, data.apiKeys];
    if (method === 'POST' && pathname === '/api/v1/api-keys') {
      const { name, role } = body as { name: string; role: string };
      const id = `00000000-0000-4000-8000-${String(nextKey).padStart(12, '0')}`;
      const key = `pk_secret${nextKey++}abcdefghijklmnop`;
      const created = {
        id,
        name,
        role,
        keyPrefix: key.slice(0, 9),
        createdByUserId: 'u1',
        lastUsedAt: null,
        revokedAt: null,
        createdAt: '2026-11-03T08:00:00.000Z',
      };
      data.apiKeys.unshift(created);
      return [201, { ...created, key }];
    }
    if (method === 'GET' && pathname === '/api/v1/secrets') return [200, data.secrets];
    if (method === 'POST' && pathname === '/api/v1/secrets') {
      const { name, value } = body as { name: string; value: string };
      // Like the server: the last four characters of long values, dots only for short ones.
      const masked = value.length >= 12 ? `••••${value.slice(-4)}` : '••••';
      const secret = {
        id: `s${data.secrets.length + 1}`,
        name,
        masked,
        createdBy: 'u1',
        updatedBy: 'u1',
        createdAt: now,
        updatedAt: now,
      };
      data.secrets.push(secret);
      return [201, secret];
    }
    if (method === 'GET' && pathname === '/api/v1/audit')
      return [200, queryAudit(data.audit, new URLSearchParams(path.split('?')[1] ?? ''))];
    return undefined;
  }

  const fetch: FetchLike = async (path, init) => {
    if (!path.startsWith('/api/v1/auth/') && !path.startsWith('/api/v1/bots')) {
      const method = init?.method ?? 'GET';
      adminCalls.push(`${method} ${path}`);
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      const failure = failures.get(`${method} ${path.split('?')[0] ?? ''}`);
      const answer = failure ?? route(method, path, body);
      if (answer) return respond(...answer);
    }
    return runtime.fetch(path, init);
  };

  /** Makes every later `METHOD /path` (query ignored) answer with this status. */
  const failAdmin = (call: string, status: number, message = `HTTP ${status}`) =>
    failures.set(call, [status, { statusCode: status, message }]);

  return { ...runtime, fetch, data, adminCalls, failAdmin };
}

/** The server's audit filter: newest first, `from` inclusive, `to` exclusive, `limit` rows. */
function queryAudit(events: Record<string, unknown>[], query: URLSearchParams) {
  const time = (event: Record<string, unknown>) => Date.parse(String(event.createdAt));
  const from = query.get('from');
  const to = query.get('to');
  return events
    .filter((event) => !query.get('action') || event.action === query.get('action'))
    .filter((event) => !query.get('actor') || event.actorUserId === query.get('actor'))
    .filter((event) => !from || time(event) >= Date.parse(from))
    .filter((event) => !to || time(event) < Date.parse(to))
    .sort((a, b) => time(b) - time(a))
    .slice(0, Number(query.get('limit') ?? 100));
}

function respond(status: number, body?: unknown): Promise<Response> {
  return Promise.resolve(
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    }),
  );
}
