/**
 * How an edit joins the one before it in the undo history: edits with the same
 * key, each within `windowMs` of the previous one, undo as one step (typing in a
 * field, one node drag). A drag passes a key of its own and an endless window.
 */
export interface EditGroup {
  key: string;
  windowMs?: number;
}

export const defaultGroupWindowMs = 500;
export const defaultHistoryLimit = 200;

/**
 * The undo and redo stacks of one document, as snapshots: documents are immutable
 * and share what did not change, so a snapshot costs little. Bounded: the oldest
 * step is forgotten past `limit`.
 */
export class EditHistory<T> {
  private past: T[] = [];
  private future: T[] = [];
  private lastKey: string | null = null;
  private lastAt = 0;

  constructor(
    private readonly limit = defaultHistoryLimit,
    private readonly now: () => number = Date.now,
  ) {}

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Notes that `before` was replaced by an edit; a new edit drops what could be redone. */
  record(before: T, group?: EditGroup): void {
    const at = this.now();
    const window = group?.windowMs ?? defaultGroupWindowMs;
    const joins =
      group !== undefined &&
      group.key === this.lastKey &&
      at - this.lastAt <= window &&
      this.past.length > 0;
    this.future = [];
    this.lastKey = group?.key ?? null;
    this.lastAt = at;
    if (joins) return;
    this.past.push(before);
    if (this.past.length > this.limit) this.past.shift();
  }

  /** The document to go back to from `current`, or `undefined` when there is none. */
  undo(current: T): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(current);
    this.lastKey = null;
    return previous;
  }

  redo(current: T): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(current);
    this.lastKey = null;
    return next;
  }

  clear(): void {
    this.past = [];
    this.future = [];
    this.lastKey = null;
  }
}
