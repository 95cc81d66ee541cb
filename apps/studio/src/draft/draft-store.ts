import type { Problem } from '@parley/flow';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { conflictSummary, type ConflictSummary } from './conflict-summary';
import type { DraftApi, SaveResult } from './draft-api';
import { parseDraftDocument, type DraftDocument } from './draft-document';
import { EditHistory, type EditGroup } from './edit-history';
import { saveRetryDelay } from './save-backoff';

/** What the save indicator shows. */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error' | 'conflict';

/** The draft as someone else saved it. */
export interface TheirDraft {
  revision: number;
  document: DraftDocument;
  problems: Problem[];
}

/** A save refused because someone else saved first; the user decides what to keep. */
export interface DraftConflict {
  currentRevision: number;
  /** Their draft, once fetched; `null` before, or when fetching failed (`error`). */
  theirs: TheirDraft | null;
  summary: ConflictSummary | null;
  resolving: boolean;
  error: string | null;
}

export interface DraftState {
  phase: 'loading' | 'ready' | 'failed';
  loadError: string | null;
  /** The server revision the document is based on; sent with each save. */
  revision: number;
  document: DraftDocument | null;
  /** Problems the server reported with the last load or save. */
  problems: Problem[];
  saveState: SaveState;
  saveError: string | null;
  conflict: DraftConflict | null;
  canUndo: boolean;
  canRedo: boolean;
  load: () => Promise<void>;
  /**
   * Applies an immutable change; saved after a quiet spell. One undo step, or part
   * of the previous one when `group` says so (typing, dragging).
   */
  edit: (change: (doc: DraftDocument) => DraftDocument, group?: EditGroup) => void;
  /** Goes back one step; saved like any edit. */
  undo: () => void;
  redo: () => void;
  /** Saves pending edits now (the retry button, leaving the page). */
  saveNow: () => Promise<void>;
  /** Saves this editor's draft over the other one. */
  keepMine: () => Promise<void>;
  /** Drops this editor's unsaved edits for the other draft. */
  takeTheirs: () => Promise<void>;
  /**
   * Asks the server whether someone saved since: a newer draft replaces this one when
   * nothing here is pending, and opens the conflict when something is.
   */
  checkForNewer: () => Promise<void>;
  hasUnsavedEdits: () => boolean;
  /** One last save of pending edits, then no more timers (unless that save failed: retries go on). */
  close: () => Promise<void>;
  /** An editor shows this draft again: saving resumes where it stopped. */
  reopen: () => void;
}

export type DraftStore = StoreApi<DraftState>;

export interface DraftStoreOptions {
  /** Quiet time after the last edit before saving. */
  saveDelayMs?: number;
  /** Undo steps kept; the oldest are forgotten past it. */
  historyLimit?: number;
  /** The clock that groups edits into undo steps (tests pass their own). */
  now?: () => number;
  /** First wait before retrying a failed save; doubles up to `retryMaxMs`. */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

/**
 * The draft of one open bot: loaded once, edited immutably, saved after each quiet
 * spell. Edits are never dropped: a failed save is retried with backoff while the
 * edits stay in memory, and a save refused as stale waits for the user's choice.
 * Edits are counted so that a save answered after further edits leaves them pending.
 */
export function createDraftStore(
  botId: string,
  api: DraftApi,
  options: DraftStoreOptions = {},
): DraftStore {
  const saveDelay = options.saveDelayMs ?? 800;
  let editCount = 0;
  let savedCount = 0;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let closed = false;
  const history = new EditHistory<DraftDocument>(options.historyLimit, options.now);

  return createStore<DraftState>()((set, get) => {
    const historyFlags = () => ({ canUndo: history.canUndo, canRedo: history.canRedo });

    /** Another draft replaces this one: steps taken on the old one cannot be undone on it. */
    const forgetHistory = (): void => {
      history.clear();
      set(historyFlags());
    };

    /** Shows `next` and saves it after a quiet spell, as every change of the document is. */
    const apply = (next: DraftDocument): void => {
      editCount += 1;
      const { saveState } = get();
      // A failed save keeps its backoff and a conflict waits for the user; both keep the edit.
      if (saveState === 'error' || saveState === 'conflict') {
        return set({ document: next, ...historyFlags() });
      }
      set({ document: next, saveState: 'unsaved', ...historyFlags() });
      schedule(saveDelay);
    };

    const schedule = (delay: number): void => {
      clearTimeout(timer);
      if (!closed) timer = setTimeout(() => void save(), delay);
    };

    const updateConflict = (patch: Partial<DraftConflict>): void => {
      const conflict = get().conflict;
      if (conflict) set({ conflict: { ...conflict, ...patch } });
    };

    /** After a save, or with nothing to save: pending edits get the next one. */
    const settle = (): void => {
      if (get().conflict) return;
      if (editCount === savedCount) {
        set({ saveState: 'saved', saveError: null });
      } else {
        set({ saveState: 'unsaved' });
        schedule(saveDelay);
      }
    };

    const fetchTheirs = async (): Promise<TheirDraft | null> => {
      try {
        const theirs = await readDraft(api, botId);
        const mine = get().document;
        const summary = mine ? conflictSummary(mine, theirs.document) : null;
        updateConflict({ theirs, summary, error: null });
        return theirs;
      } catch (error) {
        updateConflict({ error: messageOf(error) });
        return null;
      }
    };

    const handle = async (result: SaveResult, count: number): Promise<void> => {
      if (result.ok) {
        failures = 0;
        savedCount = count;
        set({ revision: result.revision, problems: result.problems });
        settle();
      } else if ('conflict' in result) {
        const { currentRevision } = result.conflict;
        set({
          saveState: 'conflict',
          conflict: { currentRevision, theirs: null, summary: null, resolving: false, error: null },
        });
        await fetchTheirs();
      } else {
        failures += 1;
        set({ saveState: 'error', saveError: result.error });
        schedule(saveRetryDelay(failures, options.retryBaseMs, options.retryMaxMs));
      }
    };

    const send = async (document: DraftDocument, revision: number, count: number) => {
      set({ saveState: 'saving' });
      let result: SaveResult;
      try {
        result = await api.save(botId, revision, document);
      } catch (error) {
        result = { ok: false, error: messageOf(error) };
      }
      await handle(result, count);
    };

    async function save(): Promise<void> {
      clearTimeout(timer);
      // One request at a time: the next save must carry the revision the last one returned.
      while (inFlight) await inFlight;
      const { document, revision, conflict } = get();
      if (document === null || conflict !== null) return;
      if (editCount === savedCount) return settle();
      inFlight = send(document, revision, editCount).finally(() => {
        inFlight = null;
      });
      await inFlight;
    }

    return {
      phase: 'loading',
      loadError: null,
      revision: 0,
      document: null,
      problems: [],
      saveState: 'saved',
      saveError: null,
      conflict: null,
      canUndo: false,
      canRedo: false,

      async load() {
        set({ phase: 'loading', loadError: null });
        try {
          const loaded = await api.load(botId);
          const parsed = parseDraftDocument(loaded.document);
          if (!parsed.ok) return set({ phase: 'failed', loadError: parsed.message });
          editCount = savedCount = 0;
          forgetHistory();
          set({
            phase: 'ready',
            document: parsed.document,
            revision: loaded.revision,
            problems: loaded.problems,
            saveState: 'saved',
          });
        } catch (error) {
          set({ phase: 'failed', loadError: messageOf(error) });
        }
      },

      edit(change, group) {
        const { document } = get();
        if (document === null) return;
        const next = change(document);
        if (next === document) return;
        history.record(document, group);
        apply(next);
      },

      undo() {
        const { document } = get();
        const previous = document === null ? undefined : history.undo(document);
        if (previous !== undefined) apply(previous);
      },

      redo() {
        const { document } = get();
        const next = document === null ? undefined : history.redo(document);
        if (next !== undefined) apply(next);
      },

      saveNow: () => save(),

      async keepMine() {
        const conflict = get().conflict;
        if (!conflict) return;
        failures = 0;
        const revision = conflict.theirs?.revision ?? conflict.currentRevision;
        set({ revision, conflict: null, saveState: 'unsaved' });
        await save();
      },

      async takeTheirs() {
        const conflict = get().conflict;
        if (!conflict) return;
        updateConflict({ resolving: true });
        const theirs = conflict.theirs ?? (await fetchTheirs());
        if (theirs === null) return updateConflict({ resolving: false });
        clearTimeout(timer);
        failures = 0;
        savedCount = editCount;
        forgetHistory();
        set({
          document: theirs.document,
          revision: theirs.revision,
          problems: theirs.problems,
          conflict: null,
          saveState: 'saved',
          saveError: null,
        });
      },

      async checkForNewer() {
        if (get().phase !== 'ready' || get().conflict !== null || inFlight !== null) return;
        let theirs: TheirDraft;
        try {
          theirs = await readDraft(api, botId);
        } catch {
          return; // Offline, or unreadable: the next save finds out, keeping the edits meanwhile.
        }
        // A save that started meanwhile meets the newer revision itself.
        if (closed || inFlight !== null || get().conflict !== null) return;
        if (theirs.revision <= get().revision) return;
        if (editCount === savedCount) {
          forgetHistory();
          set({ document: theirs.document, revision: theirs.revision, problems: theirs.problems });
          return;
        }
        clearTimeout(timer);
        const mine = get().document;
        const summary = mine ? conflictSummary(mine, theirs.document) : null;
        set({
          saveState: 'conflict',
          conflict: {
            currentRevision: theirs.revision,
            theirs,
            summary,
            resolving: false,
            error: null,
          },
        });
      },

      hasUnsavedEdits: () => editCount !== savedCount,

      reopen() {
        closed = false;
        if (get().conflict === null && editCount !== savedCount) schedule(0);
      },

      async close() {
        if (get().conflict === null && editCount !== savedCount) await save();
        // A failed last save goes on retrying in the background: leaving must not drop edits.
        if (get().saveState === 'error') return;
        closed = true;
        clearTimeout(timer);
      },
    };
  });
}

/** The server's draft, parsed for editing; throws when it cannot be. */
async function readDraft(api: DraftApi, botId: string): Promise<TheirDraft> {
  const loaded = await api.load(botId);
  const parsed = parseDraftDocument(loaded.document);
  if (!parsed.ok) throw new Error(parsed.message);
  return { revision: loaded.revision, document: parsed.document, problems: loaded.problems };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
