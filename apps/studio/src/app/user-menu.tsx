import { Avatar, Badge, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconShieldCog } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSessionStore } from '../auth/session-store';
import { useApi } from './api-context';

/** Who is signed in, their role, and signing out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { session } = useApi();
  const navigate = useNavigate();
  const user = useSessionStore((state) => state.user);
  if (!user) return null;
  const name = user.displayName || user.email;

  async function signOut() {
    await session.signOut().catch(() => undefined);
    await navigate('/login');
  }

  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t('common:user.menu')} data-testid="user-menu">
          <Group gap={8} wrap="nowrap">
            <Avatar size={30} radius="xl" color="parley" name={name} />
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark" truncate>
            {name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {user.email}
          </Text>
          <Badge mt={6} size="xs" variant="light">
            {t(`common:roles.${user.role}`)}
          </Badge>
        </Menu.Label>
        <Menu.Divider />
        {user.role === 'admin' && (
          <Menu.Item
            component={Link}
            to="/admin"
            leftSection={<IconShieldCog size={16} />}
            data-testid="admin-entry"
          >
            {t('admin:entry')}
          </Menu.Item>
        )}
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
          {t('common:user.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
