import { ActionIcon, Tooltip } from '@mantine/core';
import { IconMessageChatbot } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The editor toolbar's button that opens and closes the simulator beside the canvas. */
export function SimulatorToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useTranslation('simulator');
  return (
    <Tooltip label={t('toggleHint')}>
      <ActionIcon
        variant={open ? 'filled' : 'light'}
        color="violet"
        aria-label={t('toggle')}
        aria-pressed={open}
        onClick={onToggle}
        data-testid="simulator-toggle"
      >
        <IconMessageChatbot size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
