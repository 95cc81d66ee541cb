import { Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page or panel with nothing to show yet: what it is for, and what to do first. */
export function EmptyState(props: {
  icon: ReactNode;
  title: ReactNode;
  description: ReactNode;
  actions?: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder p={48} data-testid={props.testId} style={{ borderStyle: 'dashed' }}>
      <Center>
        <Stack align="center" gap="sm" maw={440}>
          <ThemeIcon size={56} radius="xl" variant="light">
            {props.icon}
          </ThemeIcon>
          <Title order={3} fz={18} ta="center">
            {props.title}
          </Title>
          <Text c="dimmed" size="sm" ta="center">
            {props.description}
          </Text>
          {props.actions && (
            <Stack mt="sm" align="center">
              {props.actions}
            </Stack>
          )}
        </Stack>
      </Center>
    </Paper>
  );
}
