import { ActionIcon, Badge, Checkbox, Group, Menu, Paper, Table, Text } from '@mantine/core';
import { IconArrowBackUp, IconDots, IconGitCompare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BotSummary, VersionSummary } from '../../api/bot-schemas';
import { formatDateTime } from '../shared/format-date';
import { environmentColor } from './environment-color';

/**
 * The bot's versions, newest first: note, author, time and where each runs.
 * Ticking two versions compares them; each row's menu restores or compares it.
 */
export function VersionTable(props: {
  versions: VersionSummary[];
  environments: BotSummary['environments'];
  selected: readonly number[];
  onToggle: (number: number) => void;
  onCompare: (from: number, to: number) => void;
  canRestore: boolean;
  onRestore: (version: VersionSummary) => void;
}) {
  const { t, i18n } = useTranslation('versions');
  return (
    <Paper withBorder>
      <Table verticalSpacing="sm" highlightOnHover data-testid="version-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40} aria-label={t('table.compare')} />
            <Table.Th w={110}>{t('table.version')}</Table.Th>
            <Table.Th>{t('table.note')}</Table.Th>
            <Table.Th>{t('table.author')}</Table.Th>
            <Table.Th>{t('table.published')}</Table.Th>
            <Table.Th>{t('table.running')}</Table.Th>
            <Table.Th w={48} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.versions.map((version, index) => {
            const running = props.environments.filter((env) => env.version === version.number);
            const previous = props.versions[index + 1];
            const selected = props.selected.includes(version.number);
            return (
              <Table.Tr
                key={version.id}
                data-testid="version-row"
                data-version={version.number}
                bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
              >
                <Table.Td>
                  <Checkbox
                    checked={selected}
                    onChange={() => props.onToggle(version.number)}
                    aria-label={t('table.select', { number: version.number })}
                    data-testid={`version-select-${version.number}`}
                  />
                </Table.Td>
                <Table.Td>
                  <Text fw={700} size="sm">
                    {t('version', { number: version.number })}
                  </Text>
                </Table.Td>
                <Table.Td maw={360}>
                  <Text
                    size="sm"
                    c={version.note ? undefined : 'dimmed'}
                    lineClamp={2}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {version.note || t('noNote')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{version.author}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {formatDateTime(version.publishedAt, i18n.language)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {running.map((env) => (
                      <Badge
                        key={env.name}
                        size="sm"
                        variant="light"
                        color={environmentColor(env.name)}
                        tt="none"
                        data-testid="version-running"
                      >
                        {env.name}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" shadow="md" width={240}>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('table.actions', { number: version.number })}
                        data-testid="version-menu"
                      >
                        <IconDots size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        leftSection={<IconGitCompare size={16} />}
                        disabled={!previous}
                        onClick={() => previous && props.onCompare(previous.number, version.number)}
                        data-testid="version-compare-previous"
                      >
                        {t('table.comparePrevious')}
                      </Menu.Item>
                      <Menu.Item
                        leftSection={<IconArrowBackUp size={16} />}
                        disabled={!props.canRestore}
                        rightSection={props.canRestore ? null : t('restore.editorsOnly')}
                        onClick={() => props.onRestore(version)}
                        data-testid="version-restore"
                      >
                        {t('restore.action')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
