import { NavLink, Stack } from '@mantine/core';
import { IconKey, IconListSearch, IconLock, IconUsers } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** The admin pages, from who may sign in to what they did. */
const sections: { path: string; icon: ComponentType<{ size?: number; stroke?: number }> }[] = [
  { path: 'users', icon: IconUsers },
  { path: 'api-keys', icon: IconKey },
  { path: 'secrets', icon: IconLock },
  { path: 'audit', icon: IconListSearch },
];

export function AdminNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack gap={2} component="nav" aria-label={t('admin:nav.label')}>
      {sections.map(({ path, icon: Icon }) => {
        const to = `/admin/${path}`;
        const active = pathname === to || pathname.startsWith(`${to}/`);
        return (
          <NavLink
            key={path}
            component={Link}
            to={to}
            label={t(`admin:nav.${path}`)}
            leftSection={<Icon size={18} stroke={1.7} />}
            active={active}
            aria-current={active ? 'page' : undefined}
            variant="light"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
            data-testid={`admin-nav-${path}`}
          />
        );
      })}
    </Stack>
  );
}
