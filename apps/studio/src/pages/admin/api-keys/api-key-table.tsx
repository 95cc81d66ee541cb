import { Badge, Button, Code, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiKeySummary } from '../../../api/admin-schemas';
import { formatDateTime } from '../../shared/format-date';
import { RoleBadge } from '../shared/role-badge';

export interface ApiKeyTableProps {
  keys: ApiKeySummary[];
  emailOf: (userId: string | null) => string | null;
  onRevoke: (key: ApiKeySummary) => void;
}

/** The workspace's keys: only their first characters, never the keys themselves. */
export function ApiKeyTable(props: ApiKeyTableProps) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" horizontalSpacing="lg" data-testid="api-key-table">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th>{t('admin:apiKeys.table.name')}</Table.Th>
              <Table.Th w={110}>{t('admin:apiKeys.table.role')}</Table.Th>
              <Table.Th w={170}>{t('admin:apiKeys.table.created')}</Table.Th>
              <Table.Th w={170}>{t('admin:apiKeys.table.lastUsed')}</Table.Th>
              <Table.Th w={200}>{t('admin:apiKeys.table.createdBy')}</Table.Th>
              <Table.Th w={110} aria-label={t('admin:table.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.keys.map((key) => {
              const revoked = key.revokedAt !== null;
              return (
                <Table.Tr
                  key={key.id}
                  data-testid="api-key-row"
                  data-name={key.name}
                  data-revoked={revoked || undefined}
                  style={revoked ? { opacity: 0.6 } : undefined}
                >
                  <Table.Td maw={320}>
                    <Text size="sm" fw={600} truncate>
                      {key.name}
                    </Text>
                    <Code fz="xs" data-testid="api-key-prefix">
                      {`${key.keyPrefix}…`}
                    </Code>
                  </Table.Td>
                  <Table.Td>
                    <RoleBadge role={key.role} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {date(key.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {key.lastUsedAt ? date(key.lastUsedAt) : t('admin:apiKeys.neverUsed')}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={220}>
                    <Text size="sm" c="dimmed" truncate>
                      {props.emailOf(key.createdByUserId) ?? t('admin:unknownUser')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {revoked ? (
                      <Badge
                        color="gray"
                        variant="outline"
                        title={t('admin:apiKeys.revokedAt', { date: date(key.revokedAt ?? '') })}
                      >
                        {t('admin:apiKeys.revoked')}
                      </Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => props.onRevoke(key)}
                        data-testid="api-key-revoke"
                      >
                        {t('admin:apiKeys.revoke.button')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
