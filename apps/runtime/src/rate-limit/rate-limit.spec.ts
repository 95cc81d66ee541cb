import { randomUUID } from 'node:crypto';
import { DEFAULT_LOGIN_LIMITS as LOGIN_LIMITS } from '../config/runtime-config.schema';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { request } from '../testing/test-callers';
import { MemoryRateLimiter } from './rate-limiter';
import { RedisRateLimiter } from './redis-rate-limiter';

const REDIS_URL = 'redis://127.0.0.1:6379';

function login(runtime: TestRuntime, email: string): Promise<Response> {
  return request(`${runtime.url}/api/v1/auth/login`, 'POST', {
    body: { email, password: 'not the password' },
  });
}

async function statuses(runtime: TestRuntime, emails: string[]): Promise<number[]> {
  const seen: number[] = [];
  for (const email of emails) seen.push((await login(runtime, email)).status);
  return seen;
}

describe('log-in rate limits, in memory', () => {
  let runtime: TestRuntime;
  beforeAll(async () => {
    runtime = await startTestRuntime();
  });
  afterAll(() => runtime.close());

  it('answers 429 with Retry-After after too many attempts for one e-mail', async () => {
    const email = `${randomUUID()}@example.com`;
    const seen = await statuses(runtime, Array<string>(LOGIN_LIMITS.perEmail).fill(email));
    expect(seen).toEqual(Array<number>(LOGIN_LIMITS.perEmail).fill(401));
    const refused = await login(runtime, email.toUpperCase());
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(LOGIN_LIMITS.windowMs / 1000);
  });

  it('answers 429 after too many attempts from one address, whatever the e-mail', async () => {
    // The first test already spent perEmail + 1 attempts of this address.
    const left = LOGIN_LIMITS.perAddress - LOGIN_LIMITS.perEmail - 1;
    const emails = Array.from({ length: left }, () => `${randomUUID()}@example.com`);
    expect(await statuses(runtime, emails)).toEqual(Array<number>(left).fill(401));
    const refused = await login(runtime, `${randomUUID()}@example.com`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('counts in fixed windows that reset', async () => {
    const limiter = new MemoryRateLimiter();
    expect((await limiter.hit('k', 1, 50)).allowed).toBe(true);
    expect((await limiter.hit('k', 1, 50)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await limiter.hit('k', 1, 50)).allowed).toBe(true);
  });
});

describe('log-in rate limits shared through Redis', () => {
  const prefix = `parley-test:${randomUUID()}:`;
  let first: TestRuntime;
  let second: TestRuntime;
  beforeAll(async () => {
    const env = { REDIS_URL, PARLEY_REDIS_PREFIX: prefix };
    [first, second] = await Promise.all([startTestRuntime(env), startTestRuntime(env)]);
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  it('counts attempts on two runtimes together', async () => {
    const email = `${randomUUID()}@example.com`;
    const half = Math.ceil(LOGIN_LIMITS.perEmail / 2);
    const rest = LOGIN_LIMITS.perEmail - half;
    expect(await statuses(first, Array<string>(half).fill(email))).toEqual(
      Array<number>(half).fill(401),
    );
    expect(await statuses(second, Array<string>(rest).fill(email))).toEqual(
      Array<number>(rest).fill(401),
    );
    const refused = await login(first, email);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('increments atomically under concurrent hits and sets the expiry', async () => {
    const limiter = new RedisRateLimiter(REDIS_URL, prefix);
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, () => limiter.hit('burst', 10, 60_000)),
      );
      expect(results.filter((result) => result.allowed)).toHaveLength(10);
      expect(Math.max(...results.map((result) => result.retryAfterSeconds))).toBeLessThanOrEqual(
        60,
      );
    } finally {
      await limiter.close();
    }
  });
});
