import type { FetchLike } from '../api/json-request';

interface FakeBot {
  id: string;
  name: string;
  revision: number;
  document: Record<string, unknown>;
  versions: { id: string; number: number; note: string; author: string; publishedAt: string }[];
}

export interface FakeRuntimeOptions {
  role?: 'admin' | 'editor' | 'agent' | 'viewer';
  /** Whether the browser holds a valid refresh cookie at page load. */
  signedIn?: boolean;
  password?: string;
}

type Handler = (body: unknown, match: RegExpExecArray) => [number, unknown?];

/**
 * The runtime's API in memory, enough for the shell's pages: tests drive the real
 * API client, session manager and pages through it. `fail(method path, status,
 * body)` makes the next matching call answer with that error.
 */
export function createFakeRuntime(options: FakeRuntimeOptions = {}) {
  const bots = new Map<string, FakeBot>();
  const failures = new Map<string, [number, unknown]>();
  const calls: string[] = [];
  let cookie = options.signedIn ?? false;
  let nextId = 1;
  const user = {
    id: 'u1',
    workspaceId: 'w1',
    email: 'ana@shop.test',
    displayName: 'Ana',
    role: options.role ?? 'admin',
  };
  const session = (): [number, unknown] => [
    200,
    { accessToken: `token-${nextId++}`, tokenType: 'Bearer', expiresIn: 900, user },
  ];

  function addBot(name: string, document: Record<string, unknown> = { name, flows: [] }): FakeBot {
    const bot: FakeBot = {
      id: `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`,
      name,
      revision: 1,
      document,
      versions: [],
    };
    bots.set(bot.id, bot);
    return bot;
  }
  const summary = (bot: FakeBot) => ({
    id: bot.id,
    name: bot.name,
    documentId: bot.id,
    draftRevision: bot.revision,
    latestVersion: bot.versions[0]?.number ?? null,
    environments: [
      { name: 'staging', version: bot.versions[0]?.number ?? null },
      { name: 'production', version: null },
    ],
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-02T10:30:00.000Z',
  });
  const found = (id: string | undefined) => (id ? bots.get(id) : undefined);

  const routes: [string, RegExp, Handler][] = [
    [
      'POST',
      /^\/api\/v1\/auth\/login$/,
      (body) => {
        const ok =
          typeof body === 'object' &&
          body !== null &&
          'password' in body &&
          body.password === (options.password ?? 'correct horse battery');
        if (!ok) return [401, { statusCode: 401, message: 'Wrong e-mail or password' }];
        cookie = true;
        return session();
      },
    ],
    [
      'POST',
      /^\/api\/v1\/auth\/refresh$/,
      () => (cookie ? session() : [401, { message: 'No session cookie; log in' }]),
    ],
    ['POST', /^\/api\/v1\/auth\/logout$/, () => ((cookie = false), [204])],
    ['GET', /^\/api\/v1\/bots$/, () => [200, [...bots.values()].map(summary)]],
    [
      'POST',
      /^\/api\/v1\/bots$/,
      (body) => [201, summary(addBot(String((body as { name: string }).name)))],
    ],
    [
      'POST',
      /^\/api\/v1\/bots\/import$/,
      (body) => [201, summary(addBot(String((body as { name?: string }).name ?? 'Imported')))],
    ],
    [
      'GET',
      /^\/api\/v1\/bots\/([^/]+)$/,
      (_, m) => {
        const bot = found(m[1]);
        return bot ? [200, summary(bot)] : [404, { message: 'Not found' }];
      },
    ],
    ['DELETE', /^\/api\/v1\/bots\/([^/]+)$/, (_, m) => (m[1] && bots.delete(m[1]) ? [204] : [404])],
    [
      'GET',
      /^\/api\/v1\/bots\/([^/]+)\/draft$/,
      (_, m) => {
        const bot = found(m[1]);
        return bot
          ? [200, { revision: bot.revision, document: bot.document, problems: [] }]
          : [404];
      },
    ],
    [
      'PUT',
      /^\/api\/v1\/bots\/([^/]+)\/draft$/,
      (body, m) => {
        const bot = found(m[1]);
        const { revision, document } = body as {
          revision: number;
          document: Record<string, unknown>;
        };
        if (!bot) return [404];
        if (revision !== bot.revision)
          return [409, { statusCode: 409, message: 'Stale', currentRevision: bot.revision }];
        bot.revision += 1;
        bot.document = document;
        if (typeof document.name === 'string') bot.name = document.name;
        return [200, { revision: bot.revision, document, problems: [] }];
      },
    ],
    ['GET', /^\/api\/v1\/bots\/([^/]+)\/versions$/, (_, m) => [200, found(m[1])?.versions ?? []]],
    [
      'POST',
      /^\/api\/v1\/bots\/([^/]+)\/publish$/,
      (body, m) => {
        const bot = found(m[1]);
        if (!bot) return [404];
        const version = {
          id: `v${nextId++}`,
          number: bot.versions.length + 1,
          note: (body as { note?: string }).note ?? '',
          author: user.email,
          publishedAt: '2026-11-03T08:00:00.000Z',
        };
        bot.versions.unshift(version);
        return [201, { version, environment: { name: 'staging' } }];
      },
    ],
  ];

  const fetch: FetchLike = async (path, init) => {
    const method = init?.method ?? 'GET';
    const key = `${method} ${path}`;
    calls.push(key);
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const failure = failures.get(key);
    if (failure) {
      failures.delete(key);
      return respond(...failure);
    }
    const isAuthRoute = path.startsWith('/api/v1/auth/');
    const headers = new Headers(init?.headers);
    if (!isAuthRoute && !headers.get('authorization')?.startsWith('Bearer token-'))
      return respond(401, { message: 'Unauthorized' });
    for (const [routeMethod, pattern, handle] of routes) {
      const match = routeMethod === method ? pattern.exec(path) : null;
      if (match) return respond(...handle(body, match));
    }
    return respond(404, { message: `No route ${key}` });
  };

  return {
    fetch,
    calls,
    addBot,
    bots,
    fail: (
      call: string,
      status: number,
      body: unknown = { statusCode: status, message: `HTTP ${status}` },
    ) => failures.set(call, [status, body]),
  };
}
export type FakeRuntime = ReturnType<typeof createFakeRuntime>;

function respond(status: number, body?: unknown): Promise<Response> {
  return Promise.resolve(
    new Response(body === undefined || status === 204 ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    }),
  );
}
