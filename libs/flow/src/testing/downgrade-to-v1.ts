import { isRecord } from '../is-record';

/**
 * Writes a v2 document the way schema version 1 stored it (`outcome` on edges,
 * `nluThreshold` in settings), for round-trip properties of the v1 → v2 migration.
 */
export function downgradeToV1(doc: unknown): unknown {
  if (!isRecord(doc)) return doc;
  const v1: Record<string, unknown> = { ...doc, schemaVersion: 1 };
  if (isRecord(doc.settings) && 'nluConfidenceThreshold' in doc.settings) {
    const { nluConfidenceThreshold, ...settings } = doc.settings;
    v1.settings = { ...settings, nluThreshold: nluConfidenceThreshold };
  }
  if (Array.isArray(doc.flows)) {
    v1.flows = doc.flows.map((flow: unknown) => {
      if (!isRecord(flow) || !Array.isArray(flow.edges)) return flow;
      const edges = flow.edges.map((edge: unknown) => {
        if (!isRecord(edge)) return edge;
        const { sourceHandle, ...rest } = edge;
        return { ...rest, outcome: sourceHandle };
      });
      return { ...flow, edges };
    });
  }
  return v1;
}
