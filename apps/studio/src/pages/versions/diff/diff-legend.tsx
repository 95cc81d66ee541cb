import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusColor } from './diff-status';

const shown = ['added', 'changed', 'removed', 'moved'] as const;

/** What the colours of the diff canvas mean. */
export function DiffLegend() {
  const { t } = useTranslation('versions');
  return (
    <Group gap={6} aria-label={t('diff.legend')}>
      {shown.map((status) => (
        <Badge key={status} size="sm" variant="light" color={statusColor[status]}>
          {t(`diff.status.${status}`)}
        </Badge>
      ))}
    </Group>
  );
}
