import { Group, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Before publishing: how many conversation tests the server will run first. */
export function TestCountNotice({ count }: { count: number }) {
  const { t } = useTranslation('tests');
  return (
    <Group gap={6} wrap="nowrap" data-testid="publish-tests-count">
      <IconFlask size={16} color="var(--mantine-color-dimmed)" />
      <Text size="sm" c="dimmed">
        {count === 0 ? t('gate.none') : t('gate.willRun', { count })}
      </Text>
    </Group>
  );
}
