import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled group of settings. */
export function SettingsSection(props: {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder p="lg" data-testid={props.testId}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={3} fz={16}>
            {props.title}
          </Title>
          {props.description && (
            <Text size="sm" c="dimmed">
              {props.description}
            </Text>
          )}
        </Stack>
        {props.children}
      </Stack>
    </Paper>
  );
}
