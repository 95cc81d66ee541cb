import type { DraftApi } from '../draft/draft-api';
import { createSessionManager, type SessionManager } from '../auth/session-manager';
import { type AdminApi, createAdminApi } from './admin-api';
import { createApiClient } from './api-client';
import { createAuthApi } from './auth-api';
import { type ChannelsApi, createChannelsApi } from './channels-api';
import { type BotsApi, createBotsApi } from './bots-api';
import { createDraftApi } from './draft-api';
import type { FetchLike } from './json-request';
import { createTestsApi, type TestsApi } from './tests-api';
import { createVersionsApi, type VersionsApi } from './versions-api';

/** Everything the pages call on the runtime, built once per page load. */
export interface StudioApi {
  session: SessionManager;
  bots: BotsApi;
  drafts: DraftApi;
  admin: AdminApi;
  versions: VersionsApi;
  channels: ChannelsApi;
  tests: TestsApi;
}

export function createStudioApi(
  fetchFn: FetchLike = (input, init) => fetch(input, init),
): StudioApi {
  const session = createSessionManager(createAuthApi(fetchFn));
  const client = createApiClient(fetchFn, session);
  const bots = createBotsApi(client);
  return {
    session,
    bots,
    drafts: createDraftApi(bots),
    admin: createAdminApi(client),
    versions: createVersionsApi(client),
    channels: createChannelsApi(client),
    tests: createTestsApi(client),
  };
}
