import { Code, Group, Text } from '@mantine/core';
import type { ValueChange } from '@parley/flow';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatValue } from './format-value';

/** `path: before → after`, the before struck through in red, the after in green. */
export function ValueChangeRow({ change }: { change: ValueChange }) {
  const { t } = useTranslation('versions');
  const none = t('diff.none');
  return (
    <Group
      gap={6}
      wrap="wrap"
      align="center"
      data-testid="diff-value-change"
      data-path={change.path}
    >
      <Code fz="xs">{change.path}</Code>
      <Text size="xs" c="red.8" td="line-through" style={{ overflowWrap: 'anywhere' }}>
        {formatValue(change.before, none)}
      </Text>
      <IconArrowRight size={12} aria-label={t('diff.becomes')} />
      <Text size="xs" c="green.8" style={{ overflowWrap: 'anywhere' }}>
        {formatValue(change.after, none)}
      </Text>
    </Group>
  );
}
