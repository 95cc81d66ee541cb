import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DraftStore } from './draft-store';
import { useDraft } from './use-draft';

/**
 * Shown when a save finds that someone else (another tab, a colleague) saved the
 * draft first. Nothing is decided for the analyst: keep this version (saved over
 * theirs) or take theirs (this tab's unsaved edits are dropped).
 */
export function ConflictDialog({ store }: { store: DraftStore }) {
  const { t } = useTranslation('canvas');
  const conflict = useDraft(store, (s) => s.conflict);
  const { keepMine, takeTheirs } = store.getState();
  const summary = conflict?.summary;
  return (
    <Modal
      opened={conflict !== null}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={t('conflict.title')}
      data-testid="conflict-dialog"
    >
      <Stack gap="sm">
        <Text size="sm">{t('conflict.body')}</Text>
        {conflict?.theirs === null && conflict.error === null && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('conflict.comparing')}
            </Text>
          </Group>
        )}
        {summary && (
          <Text size="sm" data-testid="conflict-summary">
            {t('conflict.summary', { count: summary.changedNodes })}
          </Text>
        )}
        {conflict?.error && (
          <Alert color="red" variant="light">
            {t('conflict.fetchFailed', { message: conflict.error })}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            loading={conflict?.resolving}
            data-testid="conflict-take-theirs"
            onClick={() => void takeTheirs()}
          >
            {t('conflict.takeTheirs')}
          </Button>
          <Button data-testid="conflict-keep-mine" onClick={() => void keepMine()}>
            {t('conflict.keepMine')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('conflict.hint')}
        </Text>
      </Stack>
    </Modal>
  );
}
