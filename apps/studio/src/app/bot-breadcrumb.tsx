import { Anchor, Group, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentBotStore } from './current-bot-store';

/** "Bots › Order status" in the header while a bot is open. */
export function BotBreadcrumb() {
  const { t } = useTranslation();
  const name = useCurrentBotStore((state) => state.name);
  if (name === null) return null;
  return (
    <Group gap={6} wrap="nowrap" miw={0} visibleFrom="xs">
      <IconChevronRight size={16} color="var(--mantine-color-gray-5)" style={{ flexShrink: 0 }} />
      <Anchor component={Link} to="/" size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        {t('bots:title')}
      </Anchor>
      <IconChevronRight size={16} color="var(--mantine-color-gray-5)" style={{ flexShrink: 0 }} />
      <Text size="sm" fw={600} truncate maw={420} title={name} data-testid="bot-title">
        {name}
      </Text>
    </Group>
  );
}
