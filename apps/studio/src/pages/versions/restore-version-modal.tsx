import { Alert, List, Modal, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../api/bot-schemas';
import { useApi } from '../../app/api-context';
import { notifyError, notifySuccess } from '../../app/notify-error';
import { ModalActions } from '../shared/modal-actions';

/**
 * Restores a version the way the API does it: its document becomes the draft
 * (a new draft revision, recorded in the audit log). No environment changes
 * here: going back in staging or production is a rollback on the environments page.
 */
export function RestoreVersionModal(props: {
  botId: string;
  version: VersionSummary | null;
  onClose: () => void;
  onRestored: () => void;
}) {
  const { t } = useTranslation('versions');
  const { versions } = useApi();
  const [busy, setBusy] = useState(false);
  const number = props.version?.number ?? 0;

  async function restore() {
    setBusy(true);
    try {
      const draft = await versions.restore(props.botId, number);
      notifySuccess(
        t('restore.done', { number }),
        t('restore.doneDetail', { revision: draft.revision }),
      );
      props.onRestored();
    } catch (error) {
      notifyError(t, t('restore.failed', { number }), error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={props.version !== null}
      onClose={props.onClose}
      title={t('restore.title', { number })}
      size="lg"
    >
      <Stack gap="md" data-testid="restore-modal">
        <Text size="sm">{t('restore.intro', { number })}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('restore.draftReplaced', { number })}</List.Item>
          <List.Item>{t('restore.environmentsKept')}</List.Item>
          <List.Item>{t('restore.audited')}</List.Item>
        </List>
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
          {t('restore.rollbackHint')}
        </Alert>
        <ModalActions
          onCancel={props.onClose}
          submitLabel={t('restore.confirm', { number })}
          submitTestId="restore-confirm"
          onSubmit={() => void restore()}
          color="orange"
          loading={busy}
        />
      </Stack>
    </Modal>
  );
}
