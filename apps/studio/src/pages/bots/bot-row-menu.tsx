import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconDownload, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BotSummary } from '../../api/bot-schemas';
import { useExportBot } from '../versions/use-export-bot';
import { useReleaseRights } from '../versions/use-release-rights';

/** Rename and delete for one bot; delete says up front that it needs an admin. */
export function BotRowMenu(props: {
  bot: BotSummary;
  canDelete: boolean;
  onRename: (bot: BotSummary) => void;
  onDelete: (bot: BotSummary) => void;
}) {
  const { t } = useTranslation();
  const { exportBot } = useExportBot();
  const { canRelease } = useReleaseRights();
  return (
    <Menu position="bottom-end" shadow="md" width={200}>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('bots:table.actions', { name: props.bot.name })}
          data-testid="bot-row-menu"
        >
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => props.onRename(props.bot)}>
          {t('bots:rename.action')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconDownload size={16} />}
          disabled={!canRelease}
          rightSection={canRelease ? null : t('versions:restore.editorsOnly')}
          onClick={() => void exportBot(props.bot.id)}
          data-testid="bot-export"
        >
          {t('versions:export.action')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={() => props.onDelete(props.bot)}
          rightSection={props.canDelete ? null : t('bots:delete.adminOnly')}
          data-testid="bot-delete"
        >
          {t('bots:delete.action')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
