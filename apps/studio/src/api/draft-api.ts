import type { DraftApi } from '../draft/draft-api';
import { ApiError, isApiError } from './api-error';
import type { BotsApi } from './bots-api';

/**
 * The flow editor's view of drafts on the bots API: a stale revision (409) comes
 * back as a conflict the editor resolves with the user, any other failure as an
 * error it retries, so no edit is dropped.
 */
export function createDraftApi(bots: BotsApi): DraftApi {
  return {
    load: (botId) => bots.draft(botId),
    async save(botId, revision, document) {
      try {
        const saved = await bots.saveDraft(botId, revision, document);
        return { ok: true, revision: saved.revision, problems: saved.problems };
      } catch (error) {
        if (isApiError(error, 409) && error.currentRevision !== undefined) {
          return { ok: false, conflict: { currentRevision: error.currentRevision } };
        }
        return { ok: false, error: error instanceof ApiError ? error.message : String(error) };
      }
    },
  };
}
