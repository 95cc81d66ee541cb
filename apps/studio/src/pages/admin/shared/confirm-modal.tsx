import { Modal, Stack } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { ErrorAlert } from '../../shared/error-alert';
import { ModalActions } from '../../shared/modal-actions';
import { useServerSubmit } from './use-server-submit';

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
  const { busy, failure, run, clearFailure } = useServerSubmit();

  useEffect(() => {
    if (props.opened) clearFailure();
  }, [props.opened]);

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <Stack gap="lg" data-testid={props.testId}>
        {props.children}
        {failure !== null && <ErrorAlert error={failure} testId={`${props.testId}-error`} />}
        <ModalActions
          onCancel={props.onClose}
          submitLabel={props.confirmLabel}
          submitTestId={`${props.testId}-confirm`}
          onSubmit={() => void run(props.onConfirm)}
          color={props.danger ? 'red' : undefined}
          loading={busy}
          disabled={props.confirmDisabled}
        />
      </Stack>
    </Modal>
  );
}
