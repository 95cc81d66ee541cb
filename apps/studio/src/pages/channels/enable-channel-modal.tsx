import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BotSummary } from '../../api/bot-schemas';
import { errorMessage } from '../../app/notify-error';

export interface EnableChannelModalProps {
  opened: boolean;
  environments: BotSummary['environments'];
  onClose: () => void;
  /** Creates the channel; throws the server's refusal, shown in the modal. */
  onEnable: (environment: string) => Promise<void>;
}

/** Picks the environment a new web channel runs (staging first, to try it out). */
export function EnableChannelModal(props: EnableChannelModalProps) {
  const { t } = useTranslation('channels');
  const [environment, setEnvironment] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!props.opened) return;
    setEnvironment(props.environments[0]?.name ?? null);
    setError(null);
  }, [props.opened, props.environments]);

  const chosen = props.environments.find((env) => env.name === environment);

  async function enable() {
    if (!environment) return;
    setBusy(true);
    setError(null);
    try {
      await props.onEnable(environment);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('enable.title')}>
      <Stack gap="md" data-testid="enable-channel-modal">
        <Text size="sm" c="dimmed">
          {t('enable.intro')}
        </Text>
        <Select
          label={t('enable.environment')}
          data={props.environments.map((env) => ({
            value: env.name,
            label:
              env.version === null
                ? `${env.name} · ${t('list.nothingDeployed')}`
                : `${env.name} · ${t('list.runsVersion', { number: env.version })}`,
          }))}
          value={environment}
          onChange={setEnvironment}
          allowDeselect={false}
          data-testid="enable-channel-environment"
        />
        {chosen && chosen.version === null && (
          <Alert color="yellow" variant="light" icon={<IconAlertCircle size={18} />}>
            {t('enable.nothingDeployed')}
          </Alert>
        )}
        {error !== null && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
            {errorMessage(t, error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            loading={busy}
            disabled={!environment}
            onClick={() => void enable()}
            data-testid="enable-channel-confirm"
          >
            {t('enable.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
