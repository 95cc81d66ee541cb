import { Badge, Button, Group, Loader, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCheck,
  IconCloudOff,
  IconGitMerge,
  IconPencil,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftStore, SaveState } from './draft-store';
import { useDraft } from './use-draft';

const looks: Record<SaveState, { color: string; icon: ReactNode }> = {
  saved: { color: 'teal', icon: <IconCheck size={12} /> },
  unsaved: { color: 'gray', icon: <IconPencil size={12} /> },
  saving: { color: 'blue', icon: <Loader size={10} color="blue" /> },
  error: { color: 'red', icon: <IconCloudOff size={12} /> },
  conflict: { color: 'orange', icon: <IconGitMerge size={12} /> },
};

/**
 * Whether the analyst's work is safe: saved, saving, not saved yet, or failing (with
 * the reason, and a button to retry now rather than wait for the next attempt).
 */
export function SaveStateBadge({ store }: { store: DraftStore }) {
  const { t } = useTranslation('canvas');
  const state = useDraft(store, (s) => s.saveState);
  const error = useDraft(store, (s) => s.saveError);
  const look = looks[state];
  const badge = (
    <Badge
      color={look.color}
      variant="light"
      leftSection={look.icon}
      data-testid="save-state"
      data-state={state}
      aria-live="polite"
    >
      {t(`save.${state}`)}
    </Badge>
  );
  if (state !== 'error') return badge;
  return (
    <Group gap={6} wrap="nowrap">
      <Tooltip label={t('save.errorDetail', { message: error ?? '' })} multiline w={280}>
        {badge}
      </Tooltip>
      <Button
        size="compact-xs"
        variant="light"
        color="red"
        leftSection={<IconAlertTriangle size={12} />}
        data-testid="save-retry"
        onClick={() => void store.getState().saveNow()}
      >
        {t('save.retry')}
      </Button>
    </Group>
  );
}
