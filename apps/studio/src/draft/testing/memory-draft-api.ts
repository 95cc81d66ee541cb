import type { BotDraft, DraftApi, SaveResult } from '../draft-api';

/** A small valid bot: one flow holding a start node. */
export function sampleDraft(): BotDraft {
  return {
    schemaVersion: 2,
    id: 'shop',
    name: 'Shop',
    defaultLocale: 'en',
    locales: ['en'],
    flows: [
      {
        id: 'main',
        name: 'Main',
        nodes: [{ id: 'start', type: 'start', position: { x: 0, y: 0 }, data: {} }],
        edges: [],
      },
    ],
  };
}

/**
 * The draft endpoint in memory, with the server's revision rule (a save must name
 * the current revision) and switches for what a test needs: a colleague's save,
 * failing requests, requests held open.
 */
export function memoryDraftApi(initial: BotDraft = sampleDraft()) {
  let revision = 1;
  let document = initial;
  let failures = 0;
  let held: (() => void) | null = null;
  let holdNext = false;
  const saves: { revision: number; document: BotDraft }[] = [];

  const answer = (sentRevision: number, sent: BotDraft): SaveResult => {
    if (failures > 0) {
      failures -= 1;
      throw new TypeError('Failed to fetch');
    }
    if (sentRevision !== revision) return { ok: false, conflict: { currentRevision: revision } };
    revision += 1;
    document = sent;
    return { ok: true, revision, problems: [] };
  };

  const api: DraftApi = {
    load: () => Promise.resolve({ revision, document, problems: [] }),
    async save(_botId, sentRevision, sent) {
      saves.push({ revision: sentRevision, document: sent });
      if (holdNext) {
        holdNext = false;
        await new Promise<void>((resolve) => (held = resolve));
      }
      return answer(sentRevision, sent);
    },
  };

  return {
    api,
    saves,
    server: () => ({ revision, document }),
    /** Someone else saves in between (another tab, a colleague). */
    saveElsewhere(next: BotDraft) {
      revision += 1;
      document = next;
    },
    /** The next `count` saves fail as a dropped connection does. */
    failNext(count: number) {
      failures = count;
    },
    /** The next save waits until `release()`. */
    holdNextSave() {
      holdNext = true;
    },
    release() {
      held?.();
      held = null;
    },
  };
}
