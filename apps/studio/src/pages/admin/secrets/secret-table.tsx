import { Button, Code, Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SecretSummary } from '../../../api/admin-schemas';
import { formatDateTime } from '../../shared/format-date';

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
    <Paper withBorder style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" horizontalSpacing="lg" data-testid="secret-table">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th>{t('admin:secrets.table.name')}</Table.Th>
              <Table.Th w={140}>{t('admin:secrets.table.value')}</Table.Th>
              <Table.Th w={260}>{t('admin:secrets.table.updated')}</Table.Th>
              <Table.Th w={170}>{t('admin:secrets.table.created')}</Table.Th>
              <Table.Th w={200} aria-label={t('admin:table.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
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
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(secret.updatedAt, i18n.language)}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {t('admin:secrets.by', {
                      email: props.emailOf(secret.updatedBy) ?? t('admin:unknownUser'),
                    })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(secret.createdAt, i18n.language)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => props.onReplace(secret)}
                      data-testid="secret-replace"
                    >
                      {t('admin:secrets.replace')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => props.onDelete(secret)}
                      data-testid="secret-delete"
                    >
                      {t('admin:secrets.delete.button')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
