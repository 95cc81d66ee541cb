import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNode, renameFlow, setNodeData } from './document-edits';
import type { DraftDocument } from './draft-document';
import { createDraftStore } from './draft-store';
import { EditHistory } from './edit-history';
import { memoryDraftApi, sampleDraft } from './testing/memory-draft-api';

describe('edit history', () => {
  it('undoes and redoes steps in order, and a new step drops what could be redone', () => {
    const history = new EditHistory<string>();
    history.record('a');
    history.record('b');
    expect(history.undo('c')).toBe('b');
    expect(history.undo('b')).toBe('a');
    expect(history.canUndo).toBe(false);
    expect(history.undo('a')).toBeUndefined();
    expect(history.redo('a')).toBe('b');
    history.record('b');
    expect(history.canRedo).toBe(false);
  });

  it('joins edits of one group within the window, and only those', () => {
    let now = 0;
    const history = new EditHistory<string>(200, () => now);
    history.record('a', { key: 'field' });
    now = 400;
    history.record('ab', { key: 'field' });
    now = 800;
    history.record('abc', { key: 'field' });
    now = 1_400; // a pause longer than the window starts a new step
    history.record('abcd', { key: 'field' });
    now = 1_500;
    history.record('abcde', { key: 'other' });
    expect(history.undo('abcdef')).toBe('abcde');
    expect(history.undo('abcde')).toBe('abcd');
    expect(history.undo('abcd')).toBe('a');
    expect(history.canUndo).toBe(false);
  });

  it('never joins across an undo', () => {
    let now = 0;
    const history = new EditHistory<string>(200, () => now);
    history.record('a', { key: 'field' });
    history.undo('b');
    now = 10;
    history.record('a', { key: 'field' });
    history.record('b', { key: 'field' });
    expect(history.undo('c')).toBe('a');
  });

  it('keeps a drag together however long it takes', () => {
    let now = 0;
    const history = new EditHistory<string>(200, () => now);
    const drag = { key: 'drag-1', windowMs: Number.POSITIVE_INFINITY };
    for (const position of ['p0', 'p1', 'p2']) {
      history.record(position, drag);
      now += 5_000;
    }
    expect(history.undo('p3')).toBe('p0');
    expect(history.canUndo).toBe(false);
  });

  it('forgets the oldest steps past its limit', () => {
    const history = new EditHistory<number>(3);
    for (let step = 0; step < 5; step++) history.record(step);
    expect(history.undo(5)).toBe(4);
    expect(history.undo(4)).toBe(3);
    expect(history.undo(3)).toBe(2);
    expect(history.undo(2)).toBeUndefined();
  });
});

describe('draft store history', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const ask = (id: string) => (doc: DraftDocument) =>
    addNode(doc, 'main', { id, type: 'ask', position: { x: 0, y: 100 }, data: {} });
  const nodeIds = (doc: DraftDocument | null) => doc?.flows[0]?.nodes.map((node) => node.id);

  async function openStore(memory = memoryDraftApi()) {
    let now = 0;
    const store = createDraftStore('bot-1', memory.api, { now: () => now });
    await store.getState().load();
    return { store, memory, state: () => store.getState(), wait: (ms: number) => (now += ms) };
  }

  it('undoes and redoes edits, and saves the result like any edit', async () => {
    const { state, memory } = await openStore();
    expect(state().canUndo).toBe(false);
    state().edit(ask('ask-1'));
    state().edit(ask('ask-2'));
    expect(state().canUndo).toBe(true);
    state().undo();
    expect(nodeIds(state().document)).toEqual(['start', 'ask-1']);
    expect(state().canRedo).toBe(true);
    expect(state().saveState).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(800);
    expect(JSON.stringify(memory.server().document)).not.toContain('ask-2');
    state().redo();
    await vi.advanceTimersByTimeAsync(800);
    expect(JSON.stringify(memory.server().document)).toContain('ask-2');
    expect(state().canRedo).toBe(false);
  });

  it('makes typing in one field a single step', async () => {
    const { state, wait } = await openStore();
    state().edit(ask('ask-1'));
    const group = { key: 'settings-main-ask-1' };
    for (const question of ['W', 'Wh', 'Who?']) {
      wait(120);
      state().edit((doc) => setNodeData(doc, 'main', 'ask-1', { question }), group);
    }
    state().undo();
    expect(state().document?.flows[0]?.nodes[1]?.data).toEqual({});
    state().undo();
    expect(nodeIds(state().document)).toEqual(['start']);
  });

  it('starts a fresh history when the other draft is taken or a newer one is loaded', async () => {
    const { state, memory } = await openStore();
    state().edit(ask('ask-1'));
    memory.saveElsewhere({ ...sampleDraft(), name: 'Theirs' });
    await vi.advanceTimersByTimeAsync(800);
    expect(state().saveState).toBe('conflict');
    await state().takeTheirs();
    expect(state().canUndo).toBe(false);
    state().edit((doc) => renameFlow(doc, 'main', 'Mine'));
    await vi.advanceTimersByTimeAsync(800);
    memory.saveElsewhere({ ...sampleDraft(), name: 'Newer' });
    await state().checkForNewer();
    expect(state().canUndo).toBe(false);
    expect(state().canRedo).toBe(false);
  });
});
