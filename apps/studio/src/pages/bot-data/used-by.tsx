import { Button, Popover, Text } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { UsageList } from './usage-list';
import type { NodeUse } from './where-used';

/** "Used by 3 nodes", opening the list of them; or a quiet note that nothing uses it yet. */
export function UsedBy({ uses }: { uses: readonly NodeUse[] }) {
  const { t } = useTranslation('botData');
  if (uses.length === 0)
    return (
      <Text size="xs" c="dimmed" data-testid="used-by" data-count={0}>
        {t('usage.unused')}
      </Text>
    );
  return (
    <Popover width={420} position="bottom-start" shadow="md" withArrow>
      <Popover.Target>
        <Button
          variant="light"
          size="compact-xs"
          leftSection={<IconRoute size={12} />}
          data-testid="used-by"
          data-count={uses.length}
          w="fit-content"
        >
          {t('usage.usedBy', { count: uses.length })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <UsageList uses={uses} />
      </Popover.Dropdown>
    </Popover>
  );
}
