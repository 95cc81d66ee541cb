import { Alert, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import type { WorkspaceUser } from '../../../api/admin-schemas';
import type { Role } from '../../../api/session-body';
import { useApi } from '../../../app/api-context';
import { ConfirmModal } from '../shared/confirm-modal';
import { RoleSelect } from '../shared/role-select';

/**
 * Changes a user's role. The server ends that user's sessions and refuses to
 * demote the workspace's last admin; both are said before and after the click.
 */
export function ChangeRoleModal(props: {
  user: WorkspaceUser | null;
  isSelf: boolean;
  onClose: () => void;
  onChanged: (user: WorkspaceUser) => Promise<void> | void;
}) {
  const { t } = useTranslation();
  const { admin } = useApi();
  const [role, setRole] = useState<Role>('viewer');
  const user = props.user;

  useEffect(() => {
    if (user) setRole(user.role);
  }, [user]);

  async function change() {
    if (!user) return;
    try {
      await props.onChanged(await admin.changeRole(user.id, role));
    } catch (error) {
      // 409 is the last-admin rule; say it in the UI's language rather than the server's.
      if (isApiError(error, 409))
        throw new Error(t('admin:users.role.lastAdmin'), { cause: error });
      throw error;
    }
  }

  const losingAdmin = props.isSelf && user?.role === 'admin' && role !== 'admin';
  return (
    <ConfirmModal
      opened={user !== null}
      title={t('admin:users.role.title')}
      confirmLabel={t('admin:users.role.submit')}
      confirmDisabled={!user || role === user.role}
      danger={losingAdmin}
      onConfirm={change}
      onClose={props.onClose}
      testId="change-role-dialog"
    >
      <Stack gap="md">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <Trans
            i18nKey="admin:users.role.intro"
            values={{ email: user?.email ?? '' }}
            components={{ b: <b /> }}
          />
        </Text>
        <RoleSelect
          label={t('admin:users.role.label')}
          value={role}
          onChange={setRole}
          testId="change-role-select"
        />
        <Alert
          color={losingAdmin ? 'red' : 'yellow'}
          variant="light"
          icon={<IconInfoCircle size={18} />}
        >
          {losingAdmin
            ? t('admin:users.role.selfWarning')
            : t('admin:users.role.sessionsEnd', { email: user?.email ?? '' })}
        </Alert>
      </Stack>
    </ConfirmModal>
  );
}
