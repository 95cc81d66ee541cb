import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/notify-error';
import type { BotTestRuns } from './test-run-store';

/** The last run of all tests in one line, and whether the draft changed since. */
export function RunSummary(props: { runs: BotTestRuns; draftRevision: number; count: number }) {
  const { t } = useTranslation('tests');
  const { lastFull, error } = props.runs;
  return (
    <Stack gap={6} style={{ flex: 1, minWidth: 0 }} data-testid="run-summary">
      {lastFull === null ? (
        <Text size="sm" c="dimmed">
          {t('summary.none', { count: props.count })}
        </Text>
      ) : (
        <Group gap="xs">
          <Badge
            color={lastFull.summary.failed > 0 ? 'red' : 'teal'}
            variant="light"
            size="lg"
            data-testid="run-summary-counts"
          >
            {t('summary.counts', {
              passed: lastFull.summary.passed,
              total: lastFull.summary.total,
            })}
          </Badge>
          {lastFull.summary.failed > 0 && (
            <Badge color="red" variant="filled" size="lg">
              {t('summary.failed', { count: lastFull.summary.failed })}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {t('summary.took', { ms: lastFull.summary.ms })}
          </Text>
          {lastFull.revision !== null && lastFull.revision < props.draftRevision && (
            <Text size="sm" c="orange" data-testid="run-summary-stale">
              {t('summary.stale')}
            </Text>
          )}
        </Group>
      )}
      {error !== null && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={18} />}
          title={t('runError.failed')}
          data-testid="run-error"
        >
          {errorMessage(t, error)}
        </Alert>
      )}
    </Stack>
  );
}
