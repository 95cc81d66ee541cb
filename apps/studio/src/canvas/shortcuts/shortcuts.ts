/** What a shortcut does; each is a command of the canvas and a key under `shortcuts.` in the canvas strings. */
export type ShortcutCommand =
  | 'undo'
  | 'redo'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'duplicate'
  | 'delete'
  | 'selectAll'
  | 'find'
  | 'autoLayout'
  | 'fitView'
  | 'help'
  | 'rename'
  | 'deselect';

/**
 * One key combination. `mod` is ⌘ on a Mac and Ctrl elsewhere; `shift` must be
 * pressed exactly as said, except for keys that are themselves shifted (`?`).
 */
export interface KeyCombo {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export interface Shortcut {
  command: ShortcutCommand;
  /** Any of these runs the command; the first is the one shown first. */
  keys: readonly KeyCombo[];
}

/** Every canvas shortcut: the key handler and the help panel both read this table. */
export const shortcuts: readonly Shortcut[] = [
  { command: 'undo', keys: [{ key: 'z', mod: true }] },
  {
    command: 'redo',
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
  },
  { command: 'copy', keys: [{ key: 'c', mod: true }] },
  { command: 'cut', keys: [{ key: 'x', mod: true }] },
  { command: 'paste', keys: [{ key: 'v', mod: true }] },
  { command: 'duplicate', keys: [{ key: 'd', mod: true }] },
  { command: 'delete', keys: [{ key: 'Delete' }, { key: 'Backspace' }] },
  { command: 'selectAll', keys: [{ key: 'a', mod: true }] },
  { command: 'find', keys: [{ key: 'f', mod: true }] },
  { command: 'autoLayout', keys: [{ key: 'l', shift: true, alt: true }] },
  { command: 'fitView', keys: [{ key: '1', shift: true }] },
  { command: 'help', keys: [{ key: '?' }] },
  { command: 'rename', keys: [{ key: 'F2' }] },
  { command: 'deselect', keys: [{ key: 'Escape' }] },
];

/** Keys typed with Shift on most layouts: their event says so, the table need not. */
const shiftedKeys = new Set(['?', '!']);

/** Whether this browser runs on a Mac (⌘ instead of Ctrl). */
export function isMacPlatform(): boolean {
  if (typeof navigator === 'undefined') return false;
  return /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent);
}

/** The command a key press asks for, if any. */
export function matchShortcut(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  mac: boolean,
): ShortcutCommand | undefined {
  const found = shortcuts.find((shortcut) =>
    shortcut.keys.some((combo) => matchesCombo(event, combo, mac)),
  );
  return found?.command;
}

function matchesCombo(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  combo: KeyCombo,
  mac: boolean,
): boolean {
  const mod = mac ? event.metaKey : event.ctrlKey;
  // The other platform's modifier must stay up: Ctrl+Z on a Mac is not undo.
  const otherMod = mac ? event.ctrlKey : event.metaKey;
  if (mod !== (combo.mod ?? false) || otherMod) return false;
  if (event.altKey !== (combo.alt ?? false)) return false;
  if (!shiftedKeys.has(combo.key) && event.shiftKey !== (combo.shift ?? false)) return false;
  return keyOf(event).toLowerCase() === combo.key.toLowerCase();
}

/**
 * The key pressed, by its place on the keyboard when a modifier may change the
 * character (Alt+L on a Mac types ¬, Shift+1 types !).
 */
function keyOf(event: Pick<KeyboardEvent, 'key' | 'code'>): string {
  const letter = /^Key([A-Z])$/.exec(event.code);
  if (letter?.[1] !== undefined) return letter[1];
  const digit = /^Digit([0-9])$/.exec(event.code);
  if (digit?.[1] !== undefined) return digit[1];
  return event.key;
}

/** The key caps to show for a combination: `['⌘', '⇧', 'Z']` on a Mac, `['Ctrl', 'Shift', 'Z']` elsewhere. */
export function comboLabels(combo: KeyCombo, mac: boolean): string[] {
  const caps: string[] = [];
  if (combo.mod) caps.push(mac ? '⌘' : 'Ctrl');
  if (combo.alt) caps.push(mac ? '⌥' : 'Alt');
  if (combo.shift) caps.push(mac ? '⇧' : 'Shift');
  caps.push(keyLabels[combo.key] ?? combo.key.toUpperCase());
  return caps;
}

const keyLabels: Record<string, string> = {
  Delete: 'Delete',
  Backspace: 'Backspace',
  Escape: 'Esc',
  '?': '?',
};
