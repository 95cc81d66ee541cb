import { parseClipboard, type ClipboardPayload } from './clipboard-payload';

/** The copy kept in this browser: pasting works wherever the system clipboard is refused. */
export const clipboardStorageKey = 'parley.canvas.clipboard';
/** How long a paste waits for the system clipboard (a permission prompt) before using the kept copy. */
const readTimeoutMs = 1_000;

/**
 * Writes a copy to the system clipboard (so it pastes into another tab, bot or
 * installation) and to localStorage (headless browsers and refused permissions).
 */
export async function writeClipboard(payload: ClipboardPayload): Promise<void> {
  const text = JSON.stringify(payload);
  try {
    localStorage.setItem(clipboardStorageKey, text);
  } catch {
    // Storage full or disabled: the system clipboard may still take it.
  }
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Refused or unavailable: the copy in localStorage serves this browser.
  }
}

/** The copy to paste: the system clipboard's when it holds Parley nodes, else the one kept here. */
export async function readClipboard(): Promise<ClipboardPayload | null> {
  const fromSystem = parseClipboard(await readSystemText());
  if (fromSystem !== null) return fromSystem;
  try {
    return parseClipboard(localStorage.getItem(clipboardStorageKey));
  } catch {
    return null;
  }
}

async function readSystemText(): Promise<string | null> {
  if (typeof navigator === 'undefined' || navigator.clipboard === undefined) return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), readTimeoutMs));
  try {
    return await Promise.race([navigator.clipboard.readText(), timeout]);
  } catch {
    return null;
  }
}
