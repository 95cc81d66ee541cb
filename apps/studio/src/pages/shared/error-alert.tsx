import { Alert, type AlertProps } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/notify-error';

/** A request that failed, said in the UI's language where the user is looking. */
export function ErrorAlert({
  error,
  testId,
  ...rest
}: Omit<AlertProps, 'children' | 'color' | 'variant' | 'icon'> & {
  error: unknown;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} />}
      data-testid={testId}
      {...rest}
    >
      {errorMessage(t, error)}
    </Alert>
  );
}
