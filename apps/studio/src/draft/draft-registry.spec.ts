import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNode } from './document-edits';
import type { DraftDocument } from './draft-document';
import { openDraftStore, releaseDraftStore } from './draft-registry';
import { memoryDraftApi, sampleDraft } from './testing/memory-draft-api';

const addAsk = (id: string) => (doc: DraftDocument) =>
  addNode(doc, 'main', {
    id,
    type: 'ask',
    position: { x: 0, y: 100 },
    data: { question: 'Name?', variable: 'name' },
  });

describe('draft stores kept across editors', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives a new editor the store left with a conflict, edits and question intact', async () => {
    const memory = memoryDraftApi();
    const first = openDraftStore('bot-conflict', memory.api);
    expect(first.fresh).toBe(true);
    await first.store.getState().load();
    memory.failNext(1);
    first.store.getState().edit(addAsk('mine'));
    // The editor is left while the save fails; a colleague saves; the retry meets them.
    await first.store.getState().close();
    releaseDraftStore('bot-conflict', first.store);
    memory.saveElsewhere({ ...sampleDraft(), name: 'Theirs' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(first.store.getState().saveState).toBe('conflict');

    const second = openDraftStore('bot-conflict', memory.api);
    expect(second).toEqual({ store: first.store, fresh: false });
    expect(JSON.stringify(second.store.getState().document)).toContain('mine');
    await second.store.getState().keepMine();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(JSON.stringify(memory.server().document)).toContain('mine');
    expect(second.store.getState().saveState).toBe('saved');
  });

  it('starts afresh from the server once everything was saved', async () => {
    const memory = memoryDraftApi();
    const first = openDraftStore('bot-saved', memory.api);
    await first.store.getState().load();
    first.store.getState().edit(addAsk('saved'));
    await first.store.getState().close();
    releaseDraftStore('bot-saved', first.store);
    const second = openDraftStore('bot-saved', memory.api);
    expect(second.fresh).toBe(true);
    expect(second.store).not.toBe(first.store);
  });
});
