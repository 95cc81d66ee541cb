import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Environment } from '../../api/versions-schemas';
import { useApi } from '../../app/api-context';
import { notifyError, notifySuccess } from '../../app/notify-error';
import { VersionMove } from './version-label';
import { ModalActions } from '../shared/modal-actions';

/** Confirms running staging's version in production, showing both versions first. */
export function PromoteModal(props: {
  botId: string;
  from: Environment | undefined;
  to: Environment | undefined;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('environments');
  const { versions } = useApi();
  const [busy, setBusy] = useState(false);
  const { from, to } = props;
  if (!from || !to) return null;

  async function promote() {
    if (!from || !to) return;
    setBusy(true);
    try {
      const result = await versions.promote(props.botId, from.name, to.name);
      notifySuccess(t('promote.done', { env: to.name, number: result.version?.number ?? 0 }));
      props.onDone();
    } catch (error) {
      notifyError(t, t('promote.failed'), error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('promote.title', { from: from.name, to: to.name })}
    >
      <Stack gap="md" data-testid="promote-modal">
        <VersionMove
          environment={to.name}
          current={to.version}
          next={from.version}
          testIdPrefix="promote"
        />
        <Text size="sm">
          {t('promote.explain', { to: to.name, number: from.version?.number ?? 0 })}
        </Text>
        <ModalActions
          onCancel={props.onClose}
          submitLabel={t('promote.confirm', { to: to.name, number: from.version?.number ?? 0 })}
          submitTestId="promote-confirm"
          onSubmit={() => void promote()}
          color="teal"
          loading={busy}
        />
      </Stack>
    </Modal>
  );
}
