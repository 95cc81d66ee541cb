import { isRecord } from '../is-record';
import type { Migration, RawDocument } from './migration';

/**
 * v1 → v2: edges adopt React Flow's name for the outcome they leave (`outcome` →
 * `sourceHandle`), and the bot setting `nluThreshold` becomes `nluConfidenceThreshold`.
 * When both names are present the v2 one wins.
 */
export const v1ToV2Migration: Migration = {
  from: 1,
  to: 2,
  description:
    'Edges name their outcome "sourceHandle" instead of "outcome"; the bot setting ' +
    '"nluThreshold" is renamed "nluConfidenceThreshold".',
  migrate(doc: RawDocument): RawDocument {
    const next: RawDocument = { ...doc, schemaVersion: 2 };
    if ('settings' in doc)
      next.settings = renameKey(doc.settings, 'nluThreshold', 'nluConfidenceThreshold');
    if (Array.isArray(doc.flows)) next.flows = doc.flows.map(migrateFlow);
    return next;
  },
};

function migrateFlow(flow: unknown): unknown {
  if (!isRecord(flow) || !Array.isArray(flow.edges)) return flow;
  return { ...flow, edges: flow.edges.map((edge) => renameKey(edge, 'outcome', 'sourceHandle')) };
}

/** A copy of `value` with `from` renamed `to`; anything that is not an object is kept. */
function renameKey(value: unknown, from: string, to: string): unknown {
  if (!isRecord(value) || !Object.hasOwn(value, from)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === from) {
      if (!Object.hasOwn(value, to)) Object.defineProperty(copy, to, dataProperty(item));
    } else {
      // defineProperty, not assignment: a key such as "__proto__" stays a plain key.
      Object.defineProperty(copy, key, dataProperty(item));
    }
  }
  return copy;
}

function dataProperty(value: unknown): PropertyDescriptor {
  return { value, enumerable: true, writable: true, configurable: true };
}
