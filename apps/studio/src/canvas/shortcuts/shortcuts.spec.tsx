import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInStudio } from '../../settings-form/testing/render-in-studio';
import { shortcutLabel } from './shortcut-label';
import { comboLabels, matchShortcut, shortcuts } from './shortcuts';
import { ShortcutsHelp } from './shortcuts-help';

const press = (
  key: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>> = {},
  code = '',
) => ({
  key,
  code,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('shortcut table', () => {
  it('names every command once', () => {
    const commands = shortcuts.map((shortcut) => shortcut.command);
    expect(new Set(commands).size).toBe(commands.length);
  });

  it('matches Ctrl on Windows and Linux, ⌘ on a Mac, and not the other', () => {
    expect(matchShortcut(press('z', { ctrl: true }), false)).toBe('undo');
    expect(matchShortcut(press('z', { meta: true }), true)).toBe('undo');
    expect(matchShortcut(press('z', { ctrl: true }), true)).toBeUndefined();
    expect(matchShortcut(press('z', { meta: true }), false)).toBeUndefined();
    expect(matchShortcut(press('Z', { ctrl: true, shift: true }, 'KeyZ'), false)).toBe('redo');
    expect(matchShortcut(press('y', { ctrl: true }), false)).toBe('redo');
    expect(matchShortcut(press('c', { ctrl: true }), false)).toBe('copy');
    expect(matchShortcut(press('c', { ctrl: true, shift: true }), false)).toBeUndefined();
    expect(matchShortcut(press('v', { meta: true }), true)).toBe('paste');
    expect(matchShortcut(press('Delete'), false)).toBe('delete');
    expect(matchShortcut(press('Backspace'), true)).toBe('delete');
    expect(matchShortcut(press('?', { shift: true }, 'Slash'), false)).toBe('help');
    expect(matchShortcut(press('!', { shift: true }, 'Digit1'), false)).toBe('fitView');
    expect(matchShortcut(press('¬', { alt: true, shift: true }, 'KeyL'), true)).toBe('autoLayout');
    expect(matchShortcut(press('z'), false)).toBeUndefined();
  });

  it('labels keys for the platform', () => {
    expect(comboLabels({ key: 'z', mod: true, shift: true }, true)).toEqual(['⌘', '⇧', 'Z']);
    expect(comboLabels({ key: 'z', mod: true, shift: true }, false)).toEqual([
      'Ctrl',
      'Shift',
      'Z',
    ]);
    expect(shortcutLabel('copy', true)).toBe('⌘C');
    expect(shortcutLabel('copy', false)).toBe('Ctrl+C');
  });
});

describe('shortcut help', () => {
  it('lists every shortcut of the table with Ctrl off a Mac', async () => {
    renderInStudio(<ShortcutsHelp opened onClose={() => undefined} mac={false} />);
    const table = await screen.findByTestId('shortcuts-table');
    for (const shortcut of shortcuts) {
      expect(within(table).getByTestId(`shortcut-${shortcut.command}`)).toBeInTheDocument();
    }
    expect(within(table).getAllByRole('row')).toHaveLength(shortcuts.length + 1);
    const undo = within(table).getByTestId('shortcut-undo');
    expect(undo).toHaveTextContent('Undo');
    expect(undo).toHaveTextContent('CtrlZ');
    expect(within(table).getByTestId('shortcut-redo')).toHaveTextContent('CtrlShiftZorCtrlY');
  });

  it('shows ⌘ on a Mac, in Chinese too', async () => {
    renderInStudio(<ShortcutsHelp opened onClose={() => undefined} mac />, 'zh-CN');
    const undo = await screen.findByTestId('shortcut-undo');
    expect(undo).toHaveTextContent('撤销');
    expect(undo).toHaveTextContent('⌘Z');
  });
});
