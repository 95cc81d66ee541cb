import { Paper, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The table's shape while the list loads, so the page does not jump when it arrives. */
export function BotTableSkeleton() {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="lg"
      aria-busy="true"
      aria-label={t('common:loading')}
      data-testid="bots-loading"
    >
      <Stack gap="md">
        <Skeleton h={14} w="30%" />
        {[0, 1, 2, 3].map((row) => (
          <Skeleton key={row} h={28} />
        ))}
      </Stack>
    </Paper>
  );
}
