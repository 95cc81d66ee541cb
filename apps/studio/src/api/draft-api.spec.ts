import { describe, expect, it } from 'vitest';
import { createSessionManager } from '../auth/session-manager';
import { createFakeRuntime } from '../testing/fake-runtime';
import { createApiClient } from './api-client';
import { createAuthApi } from './auth-api';
import { createBotsApi } from './bots-api';
import { createDraftApi } from './draft-api';

function setUp() {
  const runtime = createFakeRuntime({ signedIn: true });
  const session = createSessionManager(createAuthApi(runtime.fetch));
  const drafts = createDraftApi(createBotsApi(createApiClient(runtime.fetch, session)));
  return { runtime, drafts, bot: runtime.addBot('Returns') };
}

describe('draft API for the flow editor', () => {
  it('loads and saves at the next revision', async () => {
    const { drafts, bot } = setUp();
    const loaded = await drafts.load(bot.id);
    expect(loaded.revision).toBe(1);
    const saved = await drafts.save(bot.id, 1, { ...loaded.document, description: 'x' });
    expect(saved).toEqual({ ok: true, revision: 2, problems: [] });
  });

  it('reports a stale revision as a conflict with the current revision', async () => {
    const { drafts, bot } = setUp();
    await drafts.save(bot.id, 1, { name: 'Returns' });
    expect(await drafts.save(bot.id, 1, { name: 'Mine' })).toEqual({
      ok: false,
      conflict: { currentRevision: 2 },
    });
  });

  it('reports a server or network failure as an error, so the edits are kept', async () => {
    const { drafts, bot, runtime } = setUp();
    runtime.fail(`PUT /api/v1/bots/${bot.id}/draft`, 503, { message: 'Service Unavailable' });
    expect(await drafts.save(bot.id, 1, { name: 'Returns' })).toEqual({
      ok: false,
      error: 'Service Unavailable',
    });
  });
});
