import { useStore } from 'zustand';
import type { DraftState, DraftStore } from './draft-store';

/** A slice of the open draft; re-renders only when that slice changes. */
export function useDraft<T>(store: DraftStore, select: (state: DraftState) => T): T {
  return useStore(store, select);
}
