import type { DraftApi } from './draft-api';
import { createDraftStore, type DraftStore } from './draft-store';

/** Drafts whose editor was left with edits not saved yet, by bot id. */
const unfinished = new Map<string, DraftStore>();

/**
 * The draft store an editor of `botId` works on. Leaving an editor while its last
 * save failed (retries go on) or met a colleague's newer draft keeps the store
 * here, so the next editor of that bot shows those edits and that question again
 * instead of loading the server's draft over them: nothing is dropped unseen.
 */
export function openDraftStore(
  botId: string,
  api: DraftApi,
): { store: DraftStore; fresh: boolean } {
  const kept = unfinished.get(botId);
  if (kept?.getState().hasUnsavedEdits()) {
    kept.getState().reopen();
    return { store: kept, fresh: false };
  }
  const store = createDraftStore(botId, api);
  unfinished.set(botId, store);
  return { store, fresh: true };
}

/** Forgets a store once it has nothing left to save (called when its editor goes). */
export function releaseDraftStore(botId: string, store: DraftStore): void {
  if (unfinished.get(botId) === store && !store.getState().hasUnsavedEdits()) {
    unfinished.delete(botId);
  }
}
