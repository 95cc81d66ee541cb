import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/notify-error';

export interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red for what cannot be undone (revoke, delete). */
  danger?: boolean;
  confirmDisabled?: boolean;
  /** Throws to keep the modal open; the error is shown inside it, where the user is looking. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  testId: string;
}

/** Asks before a change, runs it, and shows the server's refusal in place if it comes. */
export function ConfirmModal(props: ConfirmModalProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (props.opened) setError(null);
  }, [props.opened]);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <Stack gap="lg" data-testid={props.testId}>
        {props.children}
        {error !== null && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} />}
            data-testid={`${props.testId}-error`}
          >
            {errorMessage(t, error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            color={props.danger ? 'red' : undefined}
            loading={busy}
            disabled={props.confirmDisabled}
            onClick={() => void confirm()}
            data-testid={`${props.testId}-confirm`}
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
