import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconPlugConnectedX, IconRefreshAlert } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SimFailure } from './simulator-schemas';
import type { DraftRefusal } from './simulator-store';

/** The connection was lost and socket.io gave up retrying. */
export function DisconnectedBanner({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('simulator');
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconPlugConnectedX size={18} />}
      title={t('connection.lostTitle')}
      data-testid="sim-disconnected"
    >
      <Text size="sm">{t('connection.lostBody')}</Text>
      <Button
        size="xs"
        mt="xs"
        variant="light"
        color="red"
        onClick={onRetry}
        data-testid="sim-retry"
      >
        {t('connection.retry')}
      </Button>
    </Alert>
  );
}

/**
 * The draft was saved since the conversation started: go on on it, or start again.
 * After a refusal, says why going on is not possible.
 */
export function DraftChangedBanner({
  refusal,
  busy,
  onContinue,
  onRestart,
}: {
  refusal: DraftRefusal | null;
  busy: boolean;
  onContinue: () => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation('simulator');
  return (
    <Alert
      color={refusal ? 'orange' : 'blue'}
      variant="light"
      icon={<IconRefreshAlert size={18} />}
      title={t('draft.changedTitle')}
      data-testid="sim-draft-changed"
      data-refused={refusal ? refusal.reason : undefined}
    >
      <Text size="sm">
        {refusal
          ? refusal.reason === 'other'
            ? refusal.message
            : t(`draft.${refusal.reason}`, { node: refusal.nodeId ?? '' })
          : t('draft.changedBody')}
      </Text>
      <Group gap="xs" mt="xs">
        {!refusal && (
          <Button size="xs" onClick={onContinue} loading={busy} data-testid="sim-continue-draft">
            {t('draft.continue')}
          </Button>
        )}
        <Button
          size="xs"
          variant={refusal ? 'filled' : 'default'}
          onClick={onRestart}
          disabled={busy}
          data-testid="sim-restart-draft"
        >
          {t('draft.restart')}
        </Button>
      </Group>
    </Alert>
  );
}

/** A request the simulator refused or that got no answer. */
export function FailureBanner({ failure }: { failure: SimFailure }) {
  const { t } = useTranslation('simulator');
  const message =
    failure.status === 0
      ? failure.error === 'not connected'
        ? t('errors.notConnected')
        : failure.error === 'no answer'
          ? t('errors.noAnswer')
          : t('errors.badAnswer')
      : failure.error;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('errors.title')}
      data-testid="sim-failure"
    >
      <Text size="sm">{message}</Text>
    </Alert>
  );
}
