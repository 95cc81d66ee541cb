import { Button, Group, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The bottom row of a dialog: Cancel, then the one action it is for. Without `onSubmit`
 * the action button submits the surrounding form, so Enter in a field does the same.
 */
export function ModalActions(props: {
  onCancel: () => void;
  submitLabel: ReactNode;
  submitTestId: string;
  onSubmit?: () => void;
  /** Red for what cannot be undone, orange for what replaces something. */
  color?: MantineColor;
  loading?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={props.onCancel}>
        {t('common:actions.cancel')}
      </Button>
      <Button
        type={props.onSubmit ? 'button' : 'submit'}
        color={props.color}
        loading={props.loading}
        disabled={props.disabled}
        onClick={props.onSubmit}
        data-testid={props.submitTestId}
      >
        {props.submitLabel}
      </Button>
    </Group>
  );
}
