import { Button, Container } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from './shared/empty-state';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py={64}>
      <EmptyState
        icon={<IconMapQuestion size={28} />}
        title={t('common:notFound.title')}
        description={t('common:notFound.description')}
        actions={
          <Button component={Link} to="/">
            {t('common:notFound.back')}
          </Button>
        }
      />
    </Container>
  );
}
