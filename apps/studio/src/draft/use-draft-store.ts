import { useEffect, useRef, useState } from 'react';
import type { DraftApi } from './draft-api';
import { openDraftStore, releaseDraftStore } from './draft-registry';
import type { DraftStore } from './draft-store';

/**
 * The bot's draft store for a page that edits it (the flow editor, the data pages),
 * opened through the registry, so edits left unsaved on one page come back on the
 * next, and what a page saves is what the canvas loads. Closing saves pending edits.
 */
export function useDraftStore(botId: string, api: DraftApi): DraftStore | null {
  const latestApi = useRef(api);
  useEffect(() => {
    latestApi.current = api;
  }, [api]);
  const [store, setStore] = useState<DraftStore | null>(null);
  useEffect(() => {
    // Through the ref: a new `api` object from a re-render must not reload the draft.
    const { store: opened, fresh } = openDraftStore(botId, {
      load: (id) => latestApi.current.load(id),
      save: (id, revision, document) => latestApi.current.save(id, revision, document),
    });
    setStore(opened);
    // A kept store holds edits the server does not have yet: loading would hide them.
    if (fresh) void opened.getState().load();
    return () => {
      void opened
        .getState()
        .close()
        .finally(() => releaseDraftStore(botId, opened));
    };
  }, [botId]);
  useLeaveWarning(store);
  useRecheckOnReturn(store);
  return store;
}

/** The browser asks before closing the tab while edits are not saved yet. */
function useLeaveWarning(store: DraftStore | null): void {
  useEffect(() => {
    if (store === null) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!store.getState().hasUnsavedEdits()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [store]);
}

/** Back on the tab, a colleague may have saved meanwhile: ask the server now. */
function useRecheckOnReturn(store: DraftStore | null): void {
  useEffect(() => {
    if (store === null) return;
    const check = () => {
      if (window.document.visibilityState === 'visible') void store.getState().checkForNewer();
    };
    window.addEventListener('focus', check);
    window.document.addEventListener('visibilitychange', check);
    return () => {
      window.removeEventListener('focus', check);
      window.document.removeEventListener('visibilitychange', check);
    };
  }, [store]);
}
