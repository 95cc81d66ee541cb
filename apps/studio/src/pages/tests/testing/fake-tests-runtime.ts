import type { FetchLike } from '../../../api/json-request';
import type { TestRun } from '../../../api/tests-schemas';
import { createFakeRuntime, type FakeRuntimeOptions } from '../../../testing/fake-runtime';

/** A bot with a small flow: start → ask for the order → thanks (or sorry when invalid). */
export function orderBotDocument(tests: unknown[] = []): Record<string, unknown> {
  const node = (id: string, type: string, y: number, data: Record<string, unknown> = {}) => ({
    id,
    type,
    position: { x: 0, y },
    data,
  });
  return {
    name: 'Orders',
    defaultLocale: 'en',
    locales: ['en'],
    variables: [],
    intents: [],
    entities: [],
    flows: [
      {
        id: 'main',
        name: 'Main',
        nodes: [
          node('start', 'start', 0),
          node('ask-order', 'message', 140, { text: { en: 'Your order number?' } }),
          node('thanks', 'end', 280),
        ],
        edges: [
          { id: 'e1', source: 'start', sourceHandle: 'next', target: 'ask-order' },
          { id: 'e2', source: 'ask-order', sourceHandle: 'next', target: 'thanks' },
        ],
      },
    ],
    tests,
  };
}

/**
 * The shell's fake runtime plus the run API: answers with `state.run` (set by the
 * test) and records each request's body.
 */
export function createFakeTestsRuntime(options: FakeRuntimeOptions = {}) {
  const runtime = createFakeRuntime({ signedIn: true, ...options });
  const state = { run: null as TestRun | null, requests: [] as unknown[] };
  const fetch: FetchLike = async (path, init) => {
    if ((init?.method ?? 'GET') === 'POST' && /\/tests\/run$/.test(path)) {
      state.requests.push(JSON.parse(typeof init?.body === 'string' ? init.body : '{}'));
      if (state.run !== null) return json(200, state.run);
    }
    return runtime.fetch(path, init);
  };
  return { ...runtime, fetch, state };
}

function json(status: number, body: unknown): Promise<Response> {
  return Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
}
