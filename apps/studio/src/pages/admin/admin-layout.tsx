import { Box, Container, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { AdminNav } from './admin-nav';
import { AdminGuard } from './shared/admin-guard';

const NAV_WIDTH = 232;

/** The admin area: its pages on the left, the chosen one beside them; admins only. */
export function AdminLayout() {
  const { t } = useTranslation();

  useEffect(() => {
    const previousTitle = document.title;
    document.title = `${t('admin:title')} · ${t('common:appName')}`;
    return () => {
      document.title = previousTitle;
    };
  }, [t]);

  return (
    <AdminGuard>
      <Group gap={0} align="stretch" wrap="nowrap" flex={1}>
        <Box
          w={NAV_WIDTH}
          p="md"
          bg="white"
          style={{ flexShrink: 0, borderRight: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb="sm">
            {t('admin:title')}
          </Text>
          <AdminNav />
        </Box>
        <Box flex={1} miw={0}>
          <Container size="lg" w="100%" py="xl">
            <Outlet />
          </Container>
        </Box>
      </Group>
    </AdminGuard>
  );
}
