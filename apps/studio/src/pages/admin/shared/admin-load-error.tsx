import { Alert, Button } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { errorMessage } from '../../../app/notify-error';
import { AdminForbidden } from './admin-forbidden';

/**
 * A list that failed to load. A 403 means the role changed since sign-in (an admin
 * demoted this user): that is the refusal page, not an error to retry.
 */
export function AdminLoadError(props: { title: string; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (isApiError(props.error, 403)) return <AdminForbidden />;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} />}
      title={props.title}
      data-testid="admin-load-error"
    >
      {errorMessage(t, props.error)}
      <Button variant="light" color="red" size="xs" mt="sm" display="block" onClick={props.onRetry}>
        {t('common:actions.retry')}
      </Button>
    </Alert>
  );
}
