import { ActionIcon, Divider, Group, Menu, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconCheck,
  IconKeyboard,
  IconLayoutDistributeHorizontal,
  IconSearch,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DraftStore } from '../draft/draft-store';
import { useDraft } from '../draft/use-draft';
import type { LayoutDirection } from './layout/auto-layout';
import { isMacPlatform, type ShortcutCommand } from './shortcuts/shortcuts';
import { shortcutLabel } from './shortcuts/shortcut-label';

interface EditActionsProps {
  store: DraftStore;
  layoutDirection: LayoutDirection;
  onUndo: () => void;
  onRedo: () => void;
  onLayout: (direction: LayoutDirection) => void;
  onFind: () => void;
  onHelp: () => void;
}

const directions: readonly LayoutDirection[] = ['LR', 'TB'];

/** Undo and redo (greyed out when there is nothing to undo or redo), auto-layout, find and the shortcut list. */
export function EditActions(props: EditActionsProps) {
  const { t } = useTranslation('canvas');
  const canUndo = useDraft(props.store, (s) => s.canUndo);
  const canRedo = useDraft(props.store, (s) => s.canRedo);
  const mac = isMacPlatform();
  const tip = (command: ShortcutCommand) =>
    `${t(`shortcuts.command.${command}`)} (${shortcutLabel(command, mac)})`;
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label={tip('undo')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          disabled={!canUndo}
          aria-label={tip('undo')}
          data-testid="undo"
          onClick={props.onUndo}
        >
          <IconArrowBackUp size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={tip('redo')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          disabled={!canRedo}
          aria-label={tip('redo')}
          data-testid="redo"
          onClick={props.onRedo}
        >
          <IconArrowForwardUp size={16} />
        </ActionIcon>
      </Tooltip>
      <Divider orientation="vertical" mx={4} />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Tooltip label={tip('autoLayout')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={tip('autoLayout')}
              data-testid="auto-layout"
            >
              <IconLayoutDistributeHorizontal size={16} />
            </ActionIcon>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('layout.title')}</Menu.Label>
          {directions.map((direction) => (
            <Menu.Item
              key={direction}
              data-testid={`auto-layout-${direction}`}
              rightSection={
                direction === props.layoutDirection ? <IconCheck size={14} /> : undefined
              }
              onClick={() => props.onLayout(direction)}
            >
              {t(`layout.${direction}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Tooltip label={tip('find')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={tip('find')}
          data-testid="find-open"
          onClick={props.onFind}
        >
          <IconSearch size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={tip('help')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={tip('help')}
          data-testid="shortcuts-open"
          onClick={props.onHelp}
        >
          <IconKeyboard size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
