import type { DraftApi } from '../draft/draft-api';
import { createSessionManager, type SessionManager } from '../auth/session-manager';
import { createApiClient } from './api-client';
import { createAuthApi } from './auth-api';
import { type BotsApi, createBotsApi } from './bots-api';
import { createDraftApi } from './draft-api';
import type { FetchLike } from './json-request';

/** Everything the pages call on the runtime, built once per page load. */
export interface StudioApi {
  session: SessionManager;
  bots: BotsApi;
  drafts: DraftApi;
}

export function createStudioApi(
  fetchFn: FetchLike = (input, init) => fetch(input, init),
): StudioApi {
  const session = createSessionManager(createAuthApi(fetchFn));
  const bots = createBotsApi(createApiClient(fetchFn, session));
  return { session, bots, drafts: createDraftApi(bots) };
}
