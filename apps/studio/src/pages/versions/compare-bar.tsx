import { Alert, Button, Group, Text } from '@mantine/core';
import { IconGitCompare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Says what ticking versions does: one more to pick, or which two are compared. */
export function CompareBar(props: { selected: readonly number[]; onClear: () => void }) {
  const { t } = useTranslation('versions');
  const [a, b] = props.selected;
  const text =
    a === undefined
      ? t('compare.hint')
      : b === undefined
        ? t('compare.pickOne', { number: a })
        : t('compare.comparing', { from: Math.min(a, b), to: Math.max(a, b) });
  return (
    <Alert
      variant="light"
      color="gray"
      mb="md"
      py="xs"
      icon={<IconGitCompare size={18} />}
      data-testid="compare-bar"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">{text}</Text>
        {a !== undefined && b === undefined && (
          <Button size="compact-xs" variant="subtle" onClick={props.onClear}>
            {t('compare.clear')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
