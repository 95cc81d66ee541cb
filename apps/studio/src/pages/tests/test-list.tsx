import { Loader, NavLink, Paper, Text, ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDashed,
  IconCircleX,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DraftTest } from './draft-tests';
import type { BotTestRuns } from './test-run-store';

type Status = 'passed' | 'failed' | 'notRun' | 'running' | 'invalid';

/** The draft's tests, each with its last result. */
export function TestList(props: {
  tests: readonly DraftTest[];
  runs: BotTestRuns;
  selected: string | null;
  onSelect: (name: string) => void;
}) {
  const { t } = useTranslation('tests');
  return (
    <Paper withBorder radius="md" p={4} data-testid="test-list">
      {props.tests.map((test) => {
        const status = statusOf(test, props.runs);
        const result = props.runs.results[test.name];
        return (
          <NavLink
            key={`${test.index}:${test.name}`}
            active={test.name === props.selected}
            label={test.name}
            description={
              status === 'failed' && result?.failure
                ? t('failedAtTurn', { number: result.failure.turn + 1 })
                : t(`status.${status}`)
            }
            leftSection={<StatusIcon status={status} />}
            rightSection={
              result && (
                <Text size="xs" c="dimmed">
                  {t('ms', { ms: result.ms })}
                </Text>
              )
            }
            onClick={() => props.onSelect(test.name)}
            data-testid="test-row"
            data-status={status}
            data-name={test.name}
          />
        );
      })}
    </Paper>
  );
}

function statusOf(test: DraftTest, runs: BotTestRuns): Status {
  if (test.test === null) return 'invalid';
  if (runs.running === 'all' || (Array.isArray(runs.running) && runs.running.includes(test.name)))
    return 'running';
  const result = runs.results[test.name];
  if (result === undefined) return 'notRun';
  return result.passed ? 'passed' : 'failed';
}

function StatusIcon({ status }: { status: Status }) {
  const { t } = useTranslation('tests');
  if (status === 'running') return <Loader size={16} />;
  const [color, Icon] =
    status === 'passed'
      ? (['teal', IconCircleCheck] as const)
      : status === 'failed'
        ? (['red', IconCircleX] as const)
        : status === 'invalid'
          ? (['orange', IconAlertTriangle] as const)
          : (['gray', IconCircleDashed] as const);
  return (
    <Tooltip label={t(`status.${status}`)}>
      <ThemeIcon variant="transparent" color={color} size="sm" aria-label={t(`status.${status}`)}>
        <Icon size={18} />
      </ThemeIcon>
    </Tooltip>
  );
}
