import { getNodeDefinition } from '@parley/nodes';
import { useCallback } from 'react';
import { addNode, newNodeId } from '../draft/document-edits';
import type { DraftStore } from '../draft/draft-store';
import { useUiLocale } from '../settings-form';

/**
 * Adds a node of a kind with the kind's default settings (in the UI language) at a
 * canvas position, and returns its id (`undefined` for an unknown kind).
 */
export function useAddNode(store: DraftStore, flowId: string) {
  const locale = useUiLocale();
  return useCallback(
    (kind: string, position: { x: number; y: number }): string | undefined => {
      const definition = getNodeDefinition(kind);
      const flow = store.getState().document?.flows.find((candidate) => candidate.id === flowId);
      if (definition === undefined || flow === undefined) return undefined;
      const id = newNodeId(flow, kind);
      const data: Record<string, unknown> = { ...definition.defaults(locale) };
      const rounded = { x: Math.round(position.x), y: Math.round(position.y) };
      store
        .getState()
        .edit((doc) => addNode(doc, flowId, { id, type: kind, position: rounded, data }));
      return id;
    },
    [store, flowId, locale],
  );
}
