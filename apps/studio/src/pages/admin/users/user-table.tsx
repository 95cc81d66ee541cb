import { Avatar, Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkspaceUser } from '../../../api/admin-schemas';
import { formatDateTime } from '../../shared/format-date';
import { RoleBadge } from '../shared/role-badge';

export interface UserTableProps {
  users: WorkspaceUser[];
  currentUserId: string | undefined;
  lastSignIns: Map<string, string>;
  onChangeRole: (user: WorkspaceUser) => void;
}

export function UserTable(props: UserTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" horizontalSpacing="lg" data-testid="user-table">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th>{t('admin:users.table.user')}</Table.Th>
              <Table.Th w={120}>{t('admin:users.table.role')}</Table.Th>
              <Table.Th w={190}>{t('admin:users.table.added')}</Table.Th>
              <Table.Th w={190}>{t('admin:users.table.lastSignIn')}</Table.Th>
              <Table.Th w={140} aria-label={t('admin:table.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.users.map((user) => {
              const lastSignIn = props.lastSignIns.get(user.id);
              return (
                <Table.Tr key={user.id} data-testid="user-row" data-email={user.email}>
                  <Table.Td>
                    <Group gap="sm" wrap="nowrap">
                      <Avatar size={32} radius="xl" color="parley" name={user.displayName} />
                      <div style={{ minWidth: 0 }}>
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm" fw={600} truncate>
                            {user.displayName}
                          </Text>
                          {user.id === props.currentUserId && (
                            <Badge size="xs" variant="outline" color="gray">
                              {t('admin:users.you')}
                            </Badge>
                          )}
                        </Group>
                        <Text size="xs" c="dimmed" truncate>
                          {user.email}
                        </Text>
                      </div>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <RoleBadge role={user.role} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(user.createdAt, i18n.language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {lastSignIn
                        ? formatDateTime(lastSignIn, i18n.language)
                        : t('admin:users.notSignedIn')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => props.onChangeRole(user)}
                      data-testid="change-role"
                    >
                      {t('admin:users.changeRole')}
                    </Button>
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
