import { useCallback, useState } from 'react';

const storageKey = 'parley.problemsPanel';

/** Whether the problems list is open; remembered, since an analyst who wants it wants it on every bot. */
export function useProblemsDock(): { open: boolean; toggle: () => void; close: () => void } {
  const [open, setOpen] = useState(() => readStored() === 'open');
  const remember = useCallback((next: boolean) => {
    setOpen(next);
    try {
      localStorage.setItem(storageKey, next ? 'open' : 'closed');
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
  }, []);
  const toggle = useCallback(() => remember(!open), [open, remember]);
  const close = useCallback(() => remember(false), [remember]);
  return { open, toggle, close };
}

function readStored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
