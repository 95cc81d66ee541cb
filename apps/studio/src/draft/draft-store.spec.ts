import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNode, renameFlow } from './document-edits';
import type { DraftDocument } from './draft-document';
import { createDraftStore } from './draft-store';
import { memoryDraftApi, sampleDraft } from './testing/memory-draft-api';

const askNode = (id: string) => ({
  id,
  type: 'ask',
  position: { x: 0, y: 100 },
  data: { question: 'Name?', variable: 'name' },
});
const addAsk = (id: string) => (doc: DraftDocument) => addNode(doc, 'main', askNode(id));
const flowNames = (doc: unknown) =>
  (doc as { flows: { name: string }[] }).flows.map((flow) => flow.name);

async function openStore(memory = memoryDraftApi()) {
  const store = createDraftStore('bot-1', memory.api, { saveDelayMs: 800, retryBaseMs: 1_000 });
  await store.getState().load();
  return { store, memory, state: () => store.getState() };
}

describe('draft store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads the draft ready to edit, saved', async () => {
    const { state } = await openStore();
    expect(state().phase).toBe('ready');
    expect(state().revision).toBe(1);
    expect(state().saveState).toBe('saved');
    expect(state().document?.flows[0]?.nodes).toHaveLength(1);
  });

  it('saves once, 800 ms after the last of several edits', async () => {
    const { state, memory } = await openStore();
    state().edit(addAsk('ask-1'));
    expect(state().saveState).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(500);
    state().edit((doc) => renameFlow(doc, 'main', 'Welcome'));
    await vi.advanceTimersByTimeAsync(799);
    expect(memory.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(memory.saves).toHaveLength(1);
    expect(memory.saves[0]?.revision).toBe(1);
    expect(flowNames(memory.server().document)).toEqual(['Welcome']);
    expect(state().saveState).toBe('saved');
    expect(state().revision).toBe(2);
    expect(state().hasUnsavedEdits()).toBe(false);
  });

  it('keeps edits made while a save is under way, and saves them next with the new revision', async () => {
    const { state, memory } = await openStore();
    memory.holdNextSave();
    state().edit(addAsk('ask-1'));
    await vi.advanceTimersByTimeAsync(800);
    expect(state().saveState).toBe('saving');
    state().edit(addAsk('ask-2'));
    memory.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(state().saveState).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(800);
    expect(memory.saves.map((save) => save.revision)).toEqual([1, 2]);
    expect(state().saveState).toBe('saved');
    expect(JSON.stringify(memory.server().document)).toContain('ask-2');
  });

  it('keeps the edits through network errors and retries with growing waits until saved', async () => {
    const { state, memory } = await openStore();
    memory.failNext(2);
    state().edit(addAsk('ask-1'));
    await vi.advanceTimersByTimeAsync(800);
    expect(state().saveState).toBe('error');
    expect(state().saveError).toBe('Failed to fetch');
    expect(state().document?.flows[0]?.nodes).toHaveLength(2);

    state().edit(addAsk('ask-2'));
    expect(state().saveState).toBe('error');
    await vi.advanceTimersByTimeAsync(999);
    expect(memory.saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(memory.saves).toHaveLength(2);
    expect(state().saveState).toBe('error');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(memory.saves).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(state().saveState).toBe('saved');
    expect(JSON.stringify(memory.server().document)).toContain('ask-2');
  });

  it('treats an error answer like a failed request: kept, retried', async () => {
    const { state, memory } = await openStore();
    const save = memory.api.save.bind(memory.api);
    let refused = false;
    memory.api.save = (...args) => {
      if (!refused) {
        refused = true;
        return Promise.resolve({ ok: false, error: 'Server unavailable' });
      }
      return save(...args);
    };
    state().edit(addAsk('ask-1'));
    await vi.advanceTimersByTimeAsync(800);
    expect(state().saveError).toBe('Server unavailable');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state().saveState).toBe('saved');
  });

  it('opens a conflict when someone else saved first, with their draft and what differs', async () => {
    const { state, memory } = await openStore();
    const theirs = sampleDraft();
    memory.saveElsewhere({ ...theirs, name: 'Shop (theirs)' });
    state().edit(addAsk('ask-1'));
    await vi.advanceTimersByTimeAsync(800);
    expect(state().saveState).toBe('conflict');
    const conflict = state().conflict;
    expect(conflict?.currentRevision).toBe(2);
    expect(conflict?.theirs?.revision).toBe(2);
    expect(conflict?.theirs?.document.name).toBe('Shop (theirs)');
    expect(conflict?.summary).toEqual({ changedNodes: 1, changedFlows: 1 });
    // Waiting for the user: nothing more is sent, however long.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(memory.saves).toHaveLength(1);
  });

  it('"keep mine" saves this draft over theirs at their revision', async () => {
    const { state, memory } = await openStore();
    memory.saveElsewhere({ ...sampleDraft(), name: 'Shop (theirs)' });
    state().edit(addAsk('ask-1'));
    await vi.advanceTimersByTimeAsync(800);
    await state().keepMine();
    expect(memory.saves.map((save) => save.revision)).toEqual([1, 2]);
    expect(state().conflict).toBeNull();
    expect(state().saveState).toBe('saved');
    expect(state().revision).toBe(3);
    expect(JSON.stringify(memory.server().document)).toContain('ask-1');
  });

  it('"take theirs" replaces this draft with theirs and saves nothing', async () => {
    const { state, memory } = await openStore();
    memory.saveElsewhere({ ...sampleDraft(), name: 'Shop (theirs)' });
    state().edit(addAsk('ask-1'));
    await vi.advanceTimersByTimeAsync(800);
    await state().takeTheirs();
    expect(state().conflict).toBeNull();
    expect(state().document?.name).toBe('Shop (theirs)');
    expect(state().revision).toBe(2);
    expect(state().saveState).toBe('saved');
    expect(state().hasUnsavedEdits()).toBe(false);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(memory.saves).toHaveLength(1);
  });

  it('saves pending edits when closed, then stops', async () => {
    const { state, memory } = await openStore();
    state().edit(addAsk('ask-1'));
    await state().close();
    expect(memory.saves).toHaveLength(1);
    state().edit(addAsk('ask-2'));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(memory.saves).toHaveLength(1);
  });

  it('goes on retrying after closing when the last save failed', async () => {
    const { state, memory } = await openStore();
    memory.failNext(1);
    state().edit(addAsk('ask-1'));
    await state().close();
    expect(state().saveState).toBe('error');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state().saveState).toBe('saved');
    expect(JSON.stringify(memory.server().document)).toContain('ask-1');
  });

  it('reports a draft that cannot be opened, without throwing', async () => {
    const memory = memoryDraftApi({ name: 'Broken' });
    const { state } = await openStore(memory);
    expect(state().phase).toBe('failed');
    expect(state().loadError).toContain('defaultLocale');
  });
});

describe('draft store, checking for a newer draft', () => {
  it('takes a newer draft saved elsewhere when nothing here is pending', async () => {
    const { state, memory } = await openStore();
    memory.saveElsewhere({ ...sampleDraft(), name: 'Renamed elsewhere' });
    await state().checkForNewer();
    expect(state().document?.name).toBe('Renamed elsewhere');
    expect(state().revision).toBe(2);
    expect(state().conflict).toBeNull();
  });

  it('asks what to keep when edits are pending, and saves nothing until then', async () => {
    vi.useFakeTimers();
    const { state, memory } = await openStore();
    state().edit(addAsk('ask-1'));
    memory.saveElsewhere({ ...sampleDraft(), name: 'Renamed elsewhere' });
    await state().checkForNewer();
    expect(state().saveState).toBe('conflict');
    expect(state().conflict?.theirs?.revision).toBe(2);
    expect(state().document?.flows[0]?.nodes).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(memory.saves).toHaveLength(0);
    vi.useRealTimers();
  });

  it('changes nothing when the server has nothing newer', async () => {
    const { state } = await openStore();
    const before = state().document;
    await state().checkForNewer();
    expect(state().document).toBe(before);
  });
});
