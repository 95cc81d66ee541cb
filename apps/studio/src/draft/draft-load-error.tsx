import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftStore } from './draft-store';
import { useDraft } from './use-draft';

/** The draft could not be loaded: why, and a retry that loads it again. */
export function DraftLoadError(props: {
  store: DraftStore;
  title: ReactNode;
  testId: string;
  retryLabel?: ReactNode;
  maw?: number;
}) {
  const { t } = useTranslation();
  const loadError = useDraft(props.store, (s) => s.loadError);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} />}
      title={props.title}
      maw={props.maw}
      data-testid={props.testId}
    >
      <Stack gap="sm" align="flex-start">
        {loadError}
        <Button
          size="xs"
          variant="light"
          color="red"
          onClick={() => void props.store.getState().load()}
        >
          {props.retryLabel ?? t('common:actions.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
