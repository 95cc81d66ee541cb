import { comboLabels, shortcuts, type ShortcutCommand } from './shortcuts';

/** A command's first key combination as one short label (`⌘C`, `Ctrl+C`), for menus and tooltips. */
export function shortcutLabel(command: ShortcutCommand, mac: boolean): string {
  const combo = shortcuts.find((shortcut) => shortcut.command === command)?.keys[0];
  if (combo === undefined) return '';
  return comboLabels(combo, mac).join(mac ? '' : '+');
}
