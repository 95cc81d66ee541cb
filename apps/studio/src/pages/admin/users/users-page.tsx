import { Button } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { WorkspaceUser } from '../../../api/admin-schemas';
import { useApi } from '../../../app/api-context';
import { notifySuccess } from '../../../app/notify-error';
import { useSessionStore } from '../../../auth/session-store';
import { PageHeader } from '../../shared/page-header';
import { DataTableState } from '../shared/data-table-state';
import { useWorkspaceUsers } from '../shared/use-workspace-users';
import { AddUserModal } from './add-user-modal';
import { ChangeRoleModal } from './change-role-modal';
import { useLastSignIns } from './use-last-sign-ins';
import { UserTable } from './user-table';

/** Who may sign in to the workspace, with which role. */
export function UsersPage() {
  const { t } = useTranslation();
  const { session } = useApi();
  const navigate = useNavigate();
  const me = useSessionStore((state) => state.user);
  const users = useWorkspaceUsers();
  const lastSignIns = useLastSignIns();
  const [adding, setAdding] = useState(false);
  const [changing, setChanging] = useState<WorkspaceUser | null>(null);

  async function onRoleChanged(user: WorkspaceUser) {
    setChanging(null);
    notifySuccess(
      t('admin:users.role.done', { email: user.email, role: t(`common:roles.${user.role}`) }),
    );
    // Demoting oneself ended one's own sessions on the server: sign in again as what one is now.
    if (user.id === me?.id && user.role !== 'admin') {
      await session.signOut().catch(() => undefined);
      await navigate('/login');
      return;
    }
    users.reload();
  }

  return (
    <>
      <PageHeader
        title={t('admin:users.title')}
        description={t('admin:users.description')}
        actions={
          <Button
            leftSection={<IconUserPlus size={18} />}
            onClick={() => setAdding(true)}
            disabled={!users.data}
            data-testid="add-user"
          >
            {t('admin:users.add.button')}
          </Button>
        }
      />
      <DataTableState
        resource={users}
        loadingTestId="users-loading"
        errorTitle={t('admin:users.loadFailed')}
      >
        {(rows) => (
          <UserTable
            users={rows}
            currentUserId={me?.id}
            lastSignIns={lastSignIns}
            onChangeRole={setChanging}
          />
        )}
      </DataTableState>
      <AddUserModal
        opened={adding}
        takenEmails={(users.data ?? []).map((user) => user.email)}
        onClose={() => setAdding(false)}
        onAdded={(user) => {
          setAdding(false);
          notifySuccess(t('admin:users.add.done', { email: user.email }));
          users.reload();
        }}
      />
      <ChangeRoleModal
        user={changing}
        isSelf={changing?.id === me?.id}
        onClose={() => setChanging(null)}
        onChanged={onRoleChanged}
      />
    </>
  );
}
