import { randomUUID } from 'node:crypto';
import { DEFAULT_LOGIN_LIMITS as LOGIN_LIMITS } from '../config/runtime-config.schema';
import { request } from '../testing/test-callers';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

function login(runtime: TestRuntime, forwardedFor: string): Promise<Response> {
  return request(`${runtime.url}/api/v1/auth/login`, 'POST', {
    body: { email: `${randomUUID()}@example.com`, password: 'not the password' },
    headers: { 'x-forwarded-for': forwardedFor },
  });
}

describe('log-in rate limits behind a trusted proxy', () => {
  let runtime: TestRuntime;
  beforeAll(async () => {
    // The test talks over loopback, so loopback plays the proxy.
    runtime = await startTestRuntime({ PARLEY_TRUST_PROXY: 'loopback' });
  });
  afterAll(() => runtime.close());

  it('counts per address from X-Forwarded-For, not per proxy', async () => {
    // A client that forges a left-hand entry is still counted by the address the proxy appended.
    const client = '203.0.113.7';
    for (let attempt = 0; attempt < LOGIN_LIMITS.perAddress; attempt += 1) {
      expect((await login(runtime, `198.51.100.${attempt}, ${client}`)).status).toBe(401);
    }
    const refused = await login(runtime, client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another client behind the same proxy is not refused.
    expect((await login(runtime, '203.0.113.8')).status).toBe(401);
  });
});
