import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../api/api-client';
import { createAuthApi } from '../api/auth-api';
import { createBotsApi } from '../api/bots-api';
import { createFakeRuntime } from '../testing/fake-runtime';
import { createSessionManager } from './session-manager';
import { useSessionStore } from './session-store';

describe('session', () => {
  beforeEach(() => {
    useSessionStore.setState({
      status: 'restoring',
      accessToken: null,
      user: null,
      endedReason: null,
    });
  });

  it('refreshes once for many simultaneous 401s: a second refresh would end every session', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    const session = createSessionManager(createAuthApi(runtime.fetch));
    const bots = createBotsApi(createApiClient(runtime.fetch, session));
    await Promise.all([bots.list(), bots.list(), bots.list()]);
    expect(runtime.calls.filter((call) => call === 'POST /api/v1/auth/refresh')).toHaveLength(1);
    expect(useSessionStore.getState().status).toBe('signed-in');
  });

  it('renews an expired access token and repeats the call', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    const session = createSessionManager(createAuthApi(runtime.fetch));
    const bots = createBotsApi(createApiClient(runtime.fetch, session));
    await session.restore();
    runtime.fail('GET /api/v1/bots', 401);
    await expect(bots.list()).resolves.toEqual([]);
    expect(runtime.calls.filter((call) => call === 'POST /api/v1/auth/refresh')).toHaveLength(2);
  });

  it('signs out, saying the session expired, when the refresh cookie is no longer good', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    const session = createSessionManager(createAuthApi(runtime.fetch));
    const bots = createBotsApi(createApiClient(runtime.fetch, session));
    await session.restore();
    runtime.fail('GET /api/v1/bots', 401);
    runtime.fail('POST /api/v1/auth/refresh', 401);
    await expect(bots.list()).rejects.toMatchObject({ status: 401 });
    expect(useSessionStore.getState()).toMatchObject({
      status: 'signed-out',
      endedReason: 'expired',
      accessToken: null,
    });
  });

  it('starts signed out, without an error, when there is no cookie', async () => {
    const session = createSessionManager(createAuthApi(createFakeRuntime().fetch));
    await session.restore();
    expect(useSessionStore.getState()).toMatchObject({ status: 'signed-out', endedReason: null });
  });
});
