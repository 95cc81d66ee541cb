import { Badge, Group, Paper, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelListItem } from '../../api/channels-api';

export interface ChannelListProps {
  channels: ChannelListItem[];
  selectedId: string | null;
  onSelect: (channelId: string) => void;
}

/** The bot's channels: where each runs, whether it is on, and how busy it was lately. */
export function ChannelList({ channels, selectedId, onSelect }: ChannelListProps) {
  const { t } = useTranslation('channels');
  return (
    <Paper withBorder mb="lg">
      <Table highlightOnHover verticalSpacing="sm" data-testid="channel-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.channel')}</Table.Th>
            <Table.Th>{t('list.environment')}</Table.Th>
            <Table.Th>{t('list.status')}</Table.Th>
            <Table.Th ta="right">{t('list.conversations')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {channels.map((channel) => {
            const selected = channel.id === selectedId;
            return (
              <Table.Tr
                key={channel.id}
                bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
                data-testid="channel-row"
                data-selected={selected || undefined}
              >
                <Table.Td>
                  <UnstyledButton
                    onClick={() => onSelect(channel.id)}
                    aria-current={selected || undefined}
                    data-testid="channel-select"
                  >
                    <Text size="sm" fw={600}>
                      {channel.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('list.kindWeb')} ·{' '}
                      {channel.allowedOrigins.length === 0
                        ? t('list.noOrigins')
                        : t('list.origins', { count: channel.allowedOrigins.length })}
                    </Text>
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    <Badge variant="light">{channel.environment}</Badge>
                    <Text size="xs" c="dimmed">
                      {channel.version === null
                        ? t('list.nothingDeployed')
                        : t('list.runsVersion', { number: channel.version })}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={channel.enabled ? 'teal' : 'gray'}
                    variant={channel.enabled ? 'light' : 'outline'}
                    data-testid="channel-status"
                  >
                    {channel.enabled ? t('status.enabled') : t('status.disabled')}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{channel.conversationsLast24h}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
