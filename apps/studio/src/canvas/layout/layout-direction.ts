import { useCallback, useState } from 'react';
import type { LayoutDirection } from './auto-layout';

const storageKey = 'parley.canvas.layoutDirection';

/** The analyst's last layout direction, kept in this browser for every flow. */
export function useLayoutDirection(): [LayoutDirection, (direction: LayoutDirection) => void] {
  const [direction, setDirection] = useState<LayoutDirection>(readDirection);
  const choose = useCallback((next: LayoutDirection) => {
    setDirection(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Not kept across visits then; the choice still holds on this page.
    }
  }, []);
  return [direction, choose];
}

function readDirection(): LayoutDirection {
  try {
    return localStorage.getItem(storageKey) === 'TB' ? 'TB' : 'LR';
  } catch {
    return 'LR';
  }
}
