import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Problem } from '@parley/flow';
import { useTranslation } from 'react-i18next';
import { SeverityIcon } from './severity-icon';
import classes from './problems-panel.module.css';

interface ProblemRowProps {
  problem: Problem;
  flow: string;
  place: string;
  /** Absent for problems about the bot as a whole: there is nothing on the canvas to open. */
  onSelect?: (problem: Problem) => void;
}

/** One problem: severity, message and where it is; a button when it leads somewhere on the canvas. */
export function ProblemRow({ problem, flow, place, onSelect }: ProblemRowProps) {
  const { t } = useTranslation('problems');
  const content = (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <SeverityIcon severity={problem.severity} style={{ marginTop: 2 }} />
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm">{problem.message}</Text>
        <Text size="xs" c="dimmed" truncate>
          {place}
        </Text>
      </Stack>
    </Group>
  );
  const common = {
    className: classes.row,
    'data-testid': 'problem-row',
    'data-severity': problem.severity,
    'data-flow-id': problem.flowId,
    'data-node-id': problem.nodeId,
    'data-edge-id': problem.edgeId,
    'data-code': problem.code,
  };
  if (onSelect === undefined) return <Box {...common}>{content}</Box>;
  return (
    <UnstyledButton
      {...common}
      aria-label={t('row.open', {
        severity: t(`severity.${problem.severity}`),
        flow,
        place,
        message: problem.message,
      })}
      onClick={() => onSelect(problem)}
    >
      {content}
    </UnstyledButton>
  );
}
