/**
 * What changed between two bot documents: the answer of `diffBotDocuments`, shown
 * by the studio ("changes since version 3") and served by the versions API. Every
 * list is sorted, so the same two documents always give the same diff.
 */
export interface BotDiff {
  /** True when the two documents are the same (ignoring the order of nodes, edges and named items). */
  empty: boolean;
  /** Top-level fields (`name`, `description`, `defaultLocale`, `locales`, …), compared whole. */
  document: ValueChange[];
  /** Bot settings that changed, one entry per leaf (paths relative to `settings`). */
  settings: ValueChange[];
  variables: NamedChanges;
  intents: NamedChanges;
  entities: NamedChanges;
  /** Only flows with some change, by flow id. */
  flows: FlowDiff[];
}

/**
 * One value that differs. `path` is written the way analysts read fields
 * (`fallbackMessage.en`, `fallbackMessage["zh-CN"]`, `branches[0].when`); an absent
 * value is `undefined` (so it disappears from JSON).
 */
export interface ValueChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** Variables, intents or entities, matched by name. */
export interface NamedChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/** An item (node or edge) present on both sides that differs, and where. */
export interface ChangedItem {
  id: string;
  /** Paths inside the item that differ: `type`, `data.text.en`, `position.x`, `target`. */
  paths: string[];
}

export interface ChangedNode extends ChangedItem {
  /** Only the canvas position changed: the bot behaves exactly as before. */
  movedOnly: boolean;
}

export interface ItemChanges<Changed extends ChangedItem = ChangedItem> {
  added: string[];
  removed: string[];
  changed: Changed[];
}

export type FlowChange = 'added' | 'removed' | 'changed';

export interface FlowDiff {
  flowId: string;
  /** For an added or removed flow, every node and edge is listed as added or removed. */
  change: FlowChange;
  nodes: ItemChanges<ChangedNode>;
  edges: ItemChanges;
  /** Flow-level fields that changed (`name`, `parameters`, `returns`, …); empty unless `changed`. */
  fields: string[];
}
