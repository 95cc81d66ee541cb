import { Badge, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiKeySummary } from '../../../api/admin-schemas';
import { formatDateTime } from '../../shared/format-date';
import { AdminTable } from '../shared/admin-table';
import { RowAction } from '../shared/row-action';
import { TableDate } from '../shared/table-date';
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
    <AdminTable
      minWidth={900}
      testId="api-key-table"
      columns={[
        { label: t('admin:apiKeys.table.name') },
        { label: t('admin:apiKeys.table.role'), width: 110 },
        { label: t('admin:apiKeys.table.created'), width: 170 },
        { label: t('admin:apiKeys.table.lastUsed'), width: 170 },
        { label: t('admin:apiKeys.table.createdBy'), width: 200 },
        { ariaLabel: t('admin:table.actions'), width: 110 },
      ]}
    >
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
              <TableDate>{date(key.createdAt)}</TableDate>
            </Table.Td>
            <Table.Td>
              <TableDate>
                {key.lastUsedAt ? date(key.lastUsedAt) : t('admin:apiKeys.neverUsed')}
              </TableDate>
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
                <RowAction destructive onClick={() => props.onRevoke(key)} testId="api-key-revoke">
                  {t('admin:apiKeys.revoke.button')}
                </RowAction>
              )}
            </Table.Td>
          </Table.Tr>
        );
      })}
    </AdminTable>
  );
}
