import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChannelListItem } from '../../api/channels-api';

/** The channels bound to an environment, each with whether it is on; the Channels page edits them. */
export function ChannelsSection(props: { botId: string; channels: readonly ChannelListItem[] }) {
  const { t } = useTranslation('environments');
  const channelsPage = `/bots/${props.botId}/channels`;
  if (props.channels.length === 0) {
    return (
      <Stack align="center" gap={4} py="sm" data-testid="environment-channels-empty">
        <IconPlugConnected size={22} color="var(--mantine-color-dimmed)" aria-hidden />
        <Text size="sm" fw={500}>
          {t('channels.emptyTitle')}
        </Text>
        <Text size="xs" c="dimmed" ta="center" maw={320}>
          {t('channels.emptyDescription')}
        </Text>
        <Anchor component={Link} to={channelsPage} size="xs">
          {t('channels.open')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap={6} py="xs" data-testid="environment-channels">
      {props.channels.map((channel) => (
        <Group key={channel.id} gap="xs" wrap="nowrap">
          <Badge size="sm" variant="light" color={channel.enabled ? 'teal' : 'gray'}>
            {t(channel.enabled ? 'channels.on' : 'channels.off')}
          </Badge>
          <Text size="sm" truncate>
            {channel.name}
          </Text>
          <Text size="xs" c="dimmed">
            {t('channels.kind', { kind: channel.kind })}
          </Text>
        </Group>
      ))}
      <Anchor component={Link} to={channelsPage} size="xs">
        {t('channels.open')}
      </Anchor>
    </Stack>
  );
}
