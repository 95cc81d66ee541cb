import { Stack, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * The channels bound to an environment. The API lists none yet (no channel can be
 * set up), so this says so rather than showing an empty list.
 */
export function ChannelsSection() {
  const { t } = useTranslation('environments');
  return (
    <Stack align="center" gap={4} py="sm" data-testid="environment-channels-empty">
      <IconPlugConnected size={22} color="var(--mantine-color-dimmed)" aria-hidden />
      <Text size="sm" fw={500}>
        {t('channels.emptyTitle')}
      </Text>
      <Text size="xs" c="dimmed" ta="center" maw={320}>
        {t('channels.emptyDescription')}
      </Text>
    </Stack>
  );
}
