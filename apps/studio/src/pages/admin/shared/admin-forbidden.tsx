import { Button, Container } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSessionStore } from '../../../auth/session-store';
import { EmptyState } from '../../shared/empty-state';

/** What a non-admin sees on an admin page: a plain refusal with a way back, never a broken page. */
export function AdminForbidden() {
  const { t } = useTranslation();
  const role = useSessionStore((state) => state.user?.role);
  return (
    <Container size="sm" py={64} w="100%">
      <EmptyState
        testId="admin-forbidden"
        icon={<IconLock size={28} />}
        title={t('admin:forbidden.title')}
        description={
          role
            ? t('admin:forbidden.description', { role: t(`common:roles.${role}`) })
            : t('admin:forbidden.descriptionNoRole')
        }
        actions={
          <Button component={Link} to="/" variant="light">
            {t('admin:forbidden.back')}
          </Button>
        }
      />
    </Container>
  );
}
