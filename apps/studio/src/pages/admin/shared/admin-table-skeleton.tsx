import { Paper, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A table's shape while its rows load, so the page does not jump when they arrive. */
export function AdminTableSkeleton({ rows = 4, testId }: { rows?: number; testId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" aria-busy="true" aria-label={t('common:loading')} data-testid={testId}>
      <Stack gap="md">
        <Skeleton h={14} w="30%" />
        {Array.from({ length: rows }, (_, row) => (
          <Skeleton key={row} h={28} />
        ))}
      </Stack>
    </Paper>
  );
}
