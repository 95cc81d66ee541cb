import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Environment } from '../../api/versions-schemas';
import { useApi } from '../../app/api-context';
import { notifyError, notifySuccess } from '../../app/notify-error';
import { VersionLabel, VersionMove } from './version-label';

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
        <VersionMove>
          {[
            <VersionLabel
              key="from"
              environment={to.name}
              version={to.version}
              testId="promote-current"
            />,
            <VersionLabel
              key="to"
              environment={to.name}
              version={from.version}
              testId="promote-next"
            />,
          ]}
        </VersionMove>
        <Text size="sm">
          {t('promote.explain', { to: to.name, number: from.version?.number ?? 0 })}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            color="teal"
            loading={busy}
            onClick={() => void promote()}
            data-testid="promote-confirm"
          >
            {t('promote.confirm', { to: to.name, number: from.version?.number ?? 0 })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
