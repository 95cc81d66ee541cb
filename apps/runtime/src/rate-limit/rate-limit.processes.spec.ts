import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { DEFAULT_LOGIN_LIMITS as LOGIN_LIMITS } from '../config/runtime-config.schema';
import { findFreePort } from '../database/free-port';
import { spawnRuntime, type SpawnedRuntime } from '../testing/spawn-runtime';
import { tempDataDir } from '../testing/temp-data-dir';
import { testDatabaseUrl } from '../testing/test-database-url';

const REDIS_URL = 'redis://127.0.0.1:6379';

function login(url: string, email: string): Promise<Response> {
  return fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'not the password' }),
  });
}

/** Two ports free right now and different from each other. */
async function twoFreePorts(): Promise<[number, number]> {
  const first = await findFreePort();
  let second = await findFreePort();
  while (second === first) second = await findFreePort();
  return [first, second];
}

describe('log-in rate limits across two runtime processes sharing Redis', () => {
  const prefix = `parley-test:${randomUUID()}:`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true });
  let runtimes: SpawnedRuntime[] = [];
  let urls: string[] = [];

  beforeAll(async () => {
    const ports = await twoFreePorts();
    runtimes = await Promise.all(
      ports.map(async (port) =>
        spawnRuntime({
          DATABASE_URL: testDatabaseUrl(),
          PORT: String(port),
          PARLEY_DATA_DIR: await tempDataDir(),
          REDIS_URL,
          PARLEY_REDIS_PREFIX: prefix,
        }),
      ),
    );
    urls = await Promise.all(runtimes.map((runtime) => runtime.ready));
  });

  afterAll(async () => {
    try {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
    } finally {
      await redis.quit();
      for (const runtime of runtimes) if (runtime.child.exitCode === null) runtime.child.kill();
    }
  });

  it('counts attempts sent alternately to both processes together', async () => {
    expect(urls).toHaveLength(2);
    expect(urls[0]).not.toBe(urls[1]);
    const email = `${randomUUID()}@example.com`;
    const seen: number[] = [];
    for (let attempt = 0; attempt < LOGIN_LIMITS.perEmail; attempt += 1) {
      seen.push((await login(urls[attempt % 2] ?? '', email)).status);
    }
    expect(seen).toEqual(Array<number>(LOGIN_LIMITS.perEmail).fill(401));

    for (const url of urls) {
      const refused = await login(url, email);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(LOGIN_LIMITS.windowMs / 1000);
    }
    // The counters live in the shared Redis, under this run's prefix.
    expect(await redis.keys(`${prefix}rate:login:email:*`)).toHaveLength(1);
  });

  it('stops both processes on SIGTERM with exit code 0', async () => {
    for (const runtime of runtimes) runtime.child.kill('SIGTERM');
    expect(await Promise.all(runtimes.map((runtime) => runtime.exited))).toEqual([0, 0]);
  });
});
