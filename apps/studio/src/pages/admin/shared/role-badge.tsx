import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../api/session-body';

const roleColors: Record<Role, string> = {
  admin: 'grape',
  editor: 'parley',
  agent: 'teal',
  viewer: 'gray',
};

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={roleColors[role]} data-role={role}>
      {t(`common:roles.${role}`)}
    </Badge>
  );
}
