import { Code, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SecretSummary } from '../../../api/admin-schemas';
import { formatDateTime } from '../../shared/format-date';
import { AdminTable } from '../shared/admin-table';
import { RowAction } from '../shared/row-action';
import { TableDate } from '../shared/table-date';

export interface SecretTableProps {
  secrets: SecretSummary[];
  emailOf: (userId: string | null) => string | null;
  onReplace: (secret: SecretSummary) => void;
  onDelete: (secret: SecretSummary) => void;
}

/** Names and who changed them when; values only as the server masks them. */
export function SecretTable(props: SecretTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <AdminTable
      minWidth={860}
      testId="secret-table"
      columns={[
        { label: t('admin:secrets.table.name') },
        { label: t('admin:secrets.table.value'), width: 140 },
        { label: t('admin:secrets.table.updated'), width: 260 },
        { label: t('admin:secrets.table.created'), width: 170 },
        { ariaLabel: t('admin:table.actions'), width: 200 },
      ]}
    >
      {props.secrets.map((secret) => (
        <Table.Tr key={secret.id} data-testid="secret-row" data-name={secret.name}>
          <Table.Td>
            <Code fz="sm" fw={600}>
              {secret.name}
            </Code>
          </Table.Td>
          <Table.Td>
            <Text size="sm" ff="monospace" c="dimmed" data-testid="secret-masked">
              {secret.masked}
            </Text>
          </Table.Td>
          <Table.Td maw={280}>
            <TableDate>{formatDateTime(secret.updatedAt, i18n.language)}</TableDate>
            <Text size="xs" c="dimmed" truncate>
              {t('admin:secrets.by', {
                email: props.emailOf(secret.updatedBy) ?? t('admin:unknownUser'),
              })}
            </Text>
          </Table.Td>
          <Table.Td>
            <TableDate>{formatDateTime(secret.createdAt, i18n.language)}</TableDate>
          </Table.Td>
          <Table.Td>
            <Group gap={4} wrap="nowrap" justify="flex-end">
              <RowAction onClick={() => props.onReplace(secret)} testId="secret-replace">
                {t('admin:secrets.replace')}
              </RowAction>
              <RowAction destructive onClick={() => props.onDelete(secret)} testId="secret-delete">
                {t('admin:secrets.delete.button')}
              </RowAction>
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </AdminTable>
  );
}
