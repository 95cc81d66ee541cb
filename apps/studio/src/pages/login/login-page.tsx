import { Alert, Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSessionStore } from '../../auth/session-store';
import { BrandMark } from '../../app/brand-mark';
import { LanguageSwitch } from '../../app/language-switch';
import { LoginForm } from './login-form';

/** Only same-site paths, so a crafted link cannot send the user elsewhere after log-in. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const status = useSessionStore((state) => state.status);
  const endedReason = useSessionStore((state) => state.endedReason);
  const next = safeNext(params.get('next'));

  if (status === 'signed-in') return <Navigate to={next} replace />;

  return (
    <Box
      mih="100dvh"
      style={{
        background:
          'radial-gradient(1200px 600px at 10% -10%, var(--mantine-color-parley-1), transparent 60%), radial-gradient(900px 500px at 110% 110%, var(--mantine-color-violet-1), transparent 60%), var(--mantine-color-gray-0)',
      }}
    >
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb={80} pt={24}>
        <Stack w="100%" maw={400} gap="lg">
          <Center>
            <BrandMark size="lg" />
          </Center>
          <Paper withBorder shadow="md" p={32}>
            <Stack gap={4} mb="lg">
              <Title order={2} fz={22}>
                {t('auth:title')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('auth:subtitle')}
              </Text>
            </Stack>
            {endedReason === 'expired' && (
              <Alert
                color="yellow"
                variant="light"
                mb="md"
                icon={<IconClockExclamation size={18} />}
              >
                {t('auth:sessionExpired')}
              </Alert>
            )}
            <LoginForm onSignedIn={() => void navigate(next, { replace: true })} />
          </Paper>
          <Text ta="center" size="xs" c="dimmed">
            {t('auth:footer')}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
