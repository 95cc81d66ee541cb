import { Avatar, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkspaceUser } from '../../../api/admin-schemas';
import { formatDateTime } from '../../shared/format-date';
import { AdminTable } from '../shared/admin-table';
import { RowAction } from '../shared/row-action';
import { TableDate } from '../shared/table-date';
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
    <AdminTable
      minWidth={760}
      testId="user-table"
      columns={[
        { label: t('admin:users.table.user') },
        { label: t('admin:users.table.role'), width: 120 },
        { label: t('admin:users.table.added'), width: 190 },
        { label: t('admin:users.table.lastSignIn'), width: 190 },
        { ariaLabel: t('admin:table.actions'), width: 140 },
      ]}
    >
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
              <TableDate>{formatDateTime(user.createdAt, i18n.language)}</TableDate>
            </Table.Td>
            <Table.Td>
              <TableDate>
                {lastSignIn
                  ? formatDateTime(lastSignIn, i18n.language)
                  : t('admin:users.notSignedIn')}
              </TableDate>
            </Table.Td>
            <Table.Td>
              <RowAction onClick={() => props.onChangeRole(user)} testId="change-role">
                {t('admin:users.changeRole')}
              </RowAction>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </AdminTable>
  );
}
