import type { z } from 'zod';
import type { DraftDocument } from '../../draft/draft-document';

/** The document's lists of named things these pages edit. */
export type NamedSection = 'intents' | 'entities' | 'variables';

/** One item of a section as its schema reads it, or `null` when it does not parse. */
export interface ReadItem<T> {
  name: string;
  item: T | null;
}

/**
 * Reads a section item by item: one broken entry (hand-edited, imported) is shown as
 * broken rather than hiding the rest, and it stays in the document untouched.
 */
export function readItems<S extends z.ZodType>(
  doc: DraftDocument,
  section: NamedSection,
  schema: S,
): ReadItem<z.output<S>>[] {
  return doc[section].map((raw) => {
    const parsed = schema.safeParse(raw);
    return { name: raw.name, item: parsed.success ? parsed.data : null };
  });
}

/** Adds an item at the end of a section. */
export function addItem(
  doc: DraftDocument,
  section: NamedSection,
  item: Record<string, unknown> & { name: string },
): DraftDocument {
  return { ...doc, [section]: [...doc[section], item] };
}

/**
 * Replaces the item called `name`, keeping its place and any field this page does
 * not know about; the document is returned as is when nothing changes.
 */
export function replaceItem(
  doc: DraftDocument,
  section: NamedSection,
  name: string,
  change: (item: Record<string, unknown>) => Record<string, unknown> & { name: string },
): DraftDocument {
  let changed = false;
  const items = doc[section].map((item) => {
    if (item.name !== name) return item;
    const next = change(item);
    changed ||= next !== item;
    return next;
  });
  return changed ? { ...doc, [section]: items } : doc;
}

export function removeItem(doc: DraftDocument, section: NamedSection, name: string): DraftDocument {
  const items = doc[section].filter((item) => item.name !== name);
  return items.length === doc[section].length ? doc : { ...doc, [section]: items };
}

/** Sets or clears (empty, `undefined`) an optional text field without leaving `key: ""` behind. */
export function withOptional<T extends Record<string, unknown>>(
  item: T,
  key: string,
  value: string | undefined,
): T {
  const next: Record<string, unknown> = { ...item };
  if (value === undefined || value.trim() === '') delete next[key];
  else next[key] = value;
  return next as T;
}
