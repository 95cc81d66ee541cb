import { Center, Loader } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../auth/session-store';
import { useApi } from './api-context';

/**
 * Holds the app back until the refresh cookie has been tried, so a reload keeps
 * the user signed in instead of flashing the log-in page.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { session } = useApi();
  const status = useSessionStore((state) => state.status);
  const { t } = useTranslation();

  useEffect(() => {
    void session.restore();
  }, [session]);

  if (status === 'restoring') {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  return children;
}
