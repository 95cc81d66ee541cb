import { useEffect, useRef } from 'react';
import { isMacPlatform, matchShortcut, type ShortcutCommand } from './shortcuts';

/**
 * Runs canvas commands from the keyboard while the editor is on the page. Keys
 * typed into a field stay the field's (its own undo, copy and select all), and
 * so do keys meant for an open dialog or menu.
 */
export function useShortcutKeys(run: (command: ShortcutCommand) => boolean): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  }, [run]);
  useEffect(() => {
    const mac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (belongsElsewhere(event.target)) return;
      const command = matchShortcut(event, mac);
      if (command === undefined) return;
      // A command that did nothing (Escape with nothing selected) leaves the key to the page.
      if (latest.current(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function belongsElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target.closest('input, textarea, select, [role="dialog"], [role="menu"]')) return true;
  return false;
}
