import { Anchor, Badge, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BotSummary } from '../../api/bot-schemas';
import { formatDateTime } from '../shared/format-date';
import { BotRowMenu } from './bot-row-menu';
import { EnvironmentBadges } from './environment-badges';

export interface BotTableProps {
  bots: BotSummary[];
  canDelete: boolean;
  onRename: (bot: BotSummary) => void;
  onDelete: (bot: BotSummary) => void;
}

export function BotTable(props: BotTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" horizontalSpacing="lg" highlightOnHover data-testid="bot-table">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th>{t('bots:table.name')}</Table.Th>
              <Table.Th w={160} style={{ whiteSpace: 'nowrap' }}>
                {t('bots:table.latestVersion')}
              </Table.Th>
              <Table.Th>{t('bots:table.environments')}</Table.Th>
              <Table.Th w={220} style={{ whiteSpace: 'nowrap' }}>
                {t('bots:table.updated')}
              </Table.Th>
              <Table.Th w={56} aria-label={t('bots:table.actionsColumn')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.bots.map((bot) => (
              <Table.Tr key={bot.id} data-testid="bot-row" data-bot-name={bot.name}>
                <Table.Td maw={360}>
                  <Anchor
                    component={Link}
                    to={`/bots/${bot.id}/flows`}
                    fw={600}
                    c="dark"
                    lineClamp={1}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {bot.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {bot.latestVersion === null ? (
                    <Text size="sm" c="dimmed">
                      {t('bots:table.unpublished')}
                    </Text>
                  ) : (
                    <Badge variant="dot" color="parley" tt="none">
                      {t('bots:table.version', { version: bot.latestVersion })}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <EnvironmentBadges environments={bot.environments} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(bot.updatedAt, i18n.language)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <BotRowMenu
                    bot={bot}
                    canDelete={props.canDelete}
                    onRename={props.onRename}
                    onDelete={props.onDelete}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
