import type { Problem } from '@parley/flow';
import type { FetchLike } from '../../../api/json-request';
import { createFakeRuntime, type FakeRuntimeOptions } from '../../../testing/fake-runtime';

interface FakeEnvironment {
  name: string;
  version: number | null;
}

/**
 * The shell's fake runtime plus what publishing reads: the draft's problems
 * (set by the test), environments, and a publish that deploys like the API's.
 */
export function createFakeReleaseRuntime(options: FakeRuntimeOptions = {}) {
  const runtime = createFakeRuntime({ signedIn: true, ...options });
  const state = {
    problems: [] as Problem[],
    environments: [
      { name: 'staging', version: null },
      { name: 'production', version: null },
    ] as FakeEnvironment[],
    published: [] as unknown[],
  };
  const environmentView = (env: FakeEnvironment) => ({
    name: env.name,
    version: env.version
      ? {
          id: `v${env.version}`,
          number: env.version,
          note: '',
          publishedAt: '2026-11-03T08:00:00.000Z',
        }
      : null,
    variables: {},
    secrets: {},
    updatedAt: '2026-11-03T08:00:00.000Z',
  });

  const fetch: FetchLike = async (path, init) => {
    const method = init?.method ?? 'GET';
    const draft = /^\/api\/v1\/bots\/([^/]+)\/draft$/.exec(path);
    if (method === 'GET' && draft) {
      const bot = runtime.bots.get(draft[1] ?? '');
      if (bot)
        return json(200, {
          revision: bot.revision,
          document: bot.document,
          problems: state.problems,
        });
    }
    if (method === 'GET' && /^\/api\/v1\/bots\/[^/]+\/environments$/.test(path)) {
      return json(200, state.environments.map(environmentView));
    }
    const answer = await runtime.fetch(path, init);
    if (method === 'POST' && /\/publish$/.test(path) && answer.ok) {
      const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as {
        environment?: string | null;
      };
      state.published.push(body);
      const result = (await answer.clone().json()) as { version: { number: number } };
      const target = state.environments.find((env) => env.name === body.environment);
      if (target) target.version = result.version.number;
      return json(201, {
        version: result.version,
        ...(target ? { environment: environmentView(target) } : {}),
      });
    }
    return answer;
  };
  return { ...runtime, fetch, state };
}

function json(status: number, body: unknown): Promise<Response> {
  return Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
}
