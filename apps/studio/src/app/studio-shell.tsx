import { AppShell, Group } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { BotBreadcrumb } from './bot-breadcrumb';
import { BrandMark } from './brand-mark';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

export const HEADER_HEIGHT = 56;

/** The frame of every signed-in page: header with the mark, language and user; the page below. */
export function StudioShell() {
  return (
    <AppShell header={{ height: HEADER_HEIGHT }} padding={0}>
      <AppShell.Header px="lg">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Link to="/" style={{ textDecoration: 'none', color: 'inherit', flexShrink: 0 }}>
              <BrandMark />
            </Link>
            <BotBreadcrumb />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main
        bg="gray.0"
        style={{ display: 'flex', flexDirection: 'column', minHeight: '100dvh' }}
      >
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
