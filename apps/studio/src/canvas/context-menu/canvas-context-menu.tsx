import { Menu, Text } from '@mantine/core';
import {
  IconArrowsMaximize,
  IconClipboard,
  IconCopy,
  IconCopyPlus,
  IconCut,
  IconLayoutDistributeHorizontal,
  IconPlus,
  IconSelectAll,
  IconSettings,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isMacPlatform, type ShortcutCommand } from '../shortcuts/shortcuts';
import { shortcutLabel } from '../shortcuts/shortcut-label';
import type { CanvasCommands } from '../use-canvas-commands';
import { AddNodeSubmenu } from './add-node-submenu';

type Point = { x: number; y: number };

/** Where the menu was asked for: on a node, or on the empty canvas (with the flow position there). */
export type ContextMenuTarget =
  { type: 'node'; nodeId: string; screen: Point } | { type: 'pane'; screen: Point; flow: Point };

interface CanvasContextMenuProps {
  target: ContextMenuTarget | null;
  commands: CanvasCommands;
  onClose: () => void;
  onOpenSettings: (nodeId: string) => void;
  onAddNode: (kind: string, at: Point) => void;
}

/**
 * The right-click menu of the canvas, opened at the pointer: commands on the
 * clicked node (and the rest of the selection), or on the empty canvas there.
 * Escape or a click elsewhere closes it.
 */
export function CanvasContextMenu(props: CanvasContextMenuProps) {
  const { target, commands, onClose } = props;
  const { t } = useTranslation('canvas');
  const mac = isMacPlatform();
  const keys = (command: ShortcutCommand) => (
    <Text size="xs" c="dimmed">
      {shortcutLabel(command, mac)}
    </Text>
  );
  const item = (
    id: string,
    icon: React.ReactNode,
    label: string,
    run: () => void,
    command?: ShortcutCommand,
    danger = false,
  ) => (
    <Menu.Item
      leftSection={icon}
      rightSection={command ? keys(command) : undefined}
      color={danger ? 'red' : undefined}
      data-testid={`context-${id}`}
      onClick={run}
    >
      {label}
    </Menu.Item>
  );
  return (
    <Menu
      opened={target !== null}
      onChange={(opened) => {
        if (!opened) onClose();
      }}
      position="bottom-start"
      offset={2}
      width={240}
      withinPortal
      shadow="md"
    >
      <Menu.Target>
        <div
          aria-hidden
          style={{
            position: 'fixed',
            left: target?.screen.x ?? 0,
            top: target?.screen.y ?? 0,
            width: 1,
            height: 1,
            pointerEvents: 'none',
          }}
        />
      </Menu.Target>
      <Menu.Dropdown data-testid={target ? `context-menu-${target.type}` : undefined}>
        {target?.type === 'node' && (
          <>
            {item('settings', <IconSettings size={14} />, t('context.openSettings'), () =>
              props.onOpenSettings(target.nodeId),
            )}
            <Menu.Divider />
            {item(
              'copy',
              <IconCopy size={14} />,
              t('shortcuts.command.copy'),
              () => void commands.copy(),
              'copy',
            )}
            {item(
              'cut',
              <IconCut size={14} />,
              t('shortcuts.command.cut'),
              () => void commands.cut(),
              'cut',
            )}
            {item(
              'duplicate',
              <IconCopyPlus size={14} />,
              t('shortcuts.command.duplicate'),
              () => void commands.duplicate(),
              'duplicate',
            )}
            <Menu.Divider />
            {item(
              'delete',
              <IconTrash size={14} />,
              t('shortcuts.command.delete'),
              () => void commands.deleteSelection(),
              'delete',
              true,
            )}
          </>
        )}
        {target?.type === 'pane' && (
          <>
            {item(
              'paste',
              <IconClipboard size={14} />,
              t('context.pasteHere'),
              () => void commands.paste(target.flow),
              'paste',
            )}
            <AddNodeSubmenu
              icon={<IconPlus size={14} />}
              onAdd={(kind) => props.onAddNode(kind, target.flow)}
            />
            <Menu.Divider />
            {item(
              'layout',
              <IconLayoutDistributeHorizontal size={14} />,
              t('shortcuts.command.autoLayout'),
              () => commands.autoLayout(),
              'autoLayout',
            )}
            {item(
              'select-all',
              <IconSelectAll size={14} />,
              t('shortcuts.command.selectAll'),
              commands.selectAll,
              'selectAll',
            )}
            {item(
              'fit',
              <IconArrowsMaximize size={14} />,
              t('shortcuts.command.fitView'),
              commands.fitView,
              'fitView',
            )}
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
