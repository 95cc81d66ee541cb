import { Group, Stack, Text, Tooltip } from '@mantine/core';
import type { Problem } from '@parley/flow';
import type { ReactElement } from 'react';
import { errorsFirst } from './problem-filters';
import { SeverityIcon } from './severity-icon';

/** Each message on its own line with its severity's icon, errors first. */
export function ProblemMessages({ problems }: { problems: readonly Problem[] }) {
  return (
    <Stack gap={6} data-testid="problem-messages">
      {errorsFirst(problems).map((problem, index) => (
        <Group key={index} gap={6} wrap="nowrap" align="flex-start">
          <SeverityIcon severity={problem.severity} size={14} style={{ marginTop: 2 }} />
          <Text size="xs" style={{ flex: 1, whiteSpace: 'normal' }}>
            {problem.message}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/**
 * The messages of a marker, shown on hover and when the marker has the keyboard
 * focus. Light on dark would lose the icons' colours, so it uses the default surface.
 */
export function ProblemsTooltip({
  problems,
  children,
}: {
  problems: readonly Problem[];
  children: ReactElement;
}) {
  return (
    <Tooltip
      multiline
      w={340}
      withinPortal
      withArrow
      events={{ hover: true, focus: true, touch: true }}
      styles={{
        tooltip: {
          background: 'var(--mantine-color-body)',
          color: 'var(--mantine-color-text)',
          border: '1px solid var(--mantine-color-default-border)',
          boxShadow: 'var(--mantine-shadow-md)',
          padding: '8px 10px',
        },
        arrow: {
          background: 'var(--mantine-color-body)',
          border: '1px solid var(--mantine-color-default-border)',
        },
      }}
      label={<ProblemMessages problems={problems} />}
    >
      {children}
    </Tooltip>
  );
}
