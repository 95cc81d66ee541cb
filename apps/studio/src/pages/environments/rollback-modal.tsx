import { Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../api/bot-schemas';
import type { Deployment, Environment } from '../../api/versions-schemas';
import { useApi } from '../../app/api-context';
import { notifyError, notifySuccess } from '../../app/notify-error';
import { VersionMove } from './version-label';
import { ModalActions } from '../shared/modal-actions';

/**
 * Rolls an environment back to an earlier version, chosen from a list; it
 * starts on the newest older version the environment ran before, as the API's default does.
 */
export function RollbackModal(props: {
  botId: string;
  environment: Environment | null;
  versions: readonly VersionSummary[];
  history: readonly Deployment[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('environments');
  const { versions: api } = useApi();
  const [busy, setBusy] = useState(false);
  const environment = props.environment;
  const current = environment?.version?.number ?? 0;
  const earlier = props.versions.filter((version) => version.number < current);
  const ranBefore = props.history.map((entry) => entry.version).filter((n) => n < current);
  const suggested = ranBefore.length > 0 ? Math.max(...ranBefore) : earlier[0]?.number;
  const [picked, setPicked] = useState<string | null>(null);
  const target = Number(picked ?? suggested ?? 0);
  const targetVersion = props.versions.find((version) => version.number === target);

  async function rollback() {
    if (!environment || !targetVersion) return;
    setBusy(true);
    try {
      await api.rollback(props.botId, environment.name, target);
      notifySuccess(t('rollback.done', { env: environment.name, number: target }));
      setPicked(null);
      props.onDone();
    } catch (error) {
      notifyError(t, t('rollback.failed', { env: environment.name }), error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={environment !== null}
      onClose={() => {
        setPicked(null);
        props.onClose();
      }}
      title={t('rollback.title', { env: environment?.name ?? '' })}
    >
      {environment && (
        <Stack gap="md" data-testid="rollback-modal">
          <Select
            label={t('rollback.pick')}
            data={earlier.map((version) => ({
              value: String(version.number),
              label: version.note
                ? t('rollback.option', { number: version.number, note: version.note })
                : t('versionNumber', { number: version.number }),
            }))}
            value={targetVersion ? String(target) : null}
            onChange={setPicked}
            allowDeselect={false}
            data-testid="rollback-version"
          />
          <VersionMove
            environment={environment.name}
            current={environment.version}
            next={targetVersion}
            testIdPrefix="rollback"
          />
          <Text size="sm">{t('rollback.explain', { env: environment.name, number: target })}</Text>
          <ModalActions
            onCancel={props.onClose}
            submitLabel={t('rollback.confirm', { env: environment.name, number: target })}
            submitTestId="rollback-confirm"
            onSubmit={() => void rollback()}
            color="orange"
            loading={busy}
            disabled={!targetVersion}
          />
        </Stack>
      )}
    </Modal>
  );
}
