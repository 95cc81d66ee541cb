import { Group } from '@mantine/core';
import { IconMessageChatbot } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../shared/empty-state';

export function BotsEmptyState({ actions }: { actions: ReactNode }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      testId="bots-empty"
      icon={<IconMessageChatbot size={30} />}
      title={t('bots:empty.title')}
      description={t('bots:empty.description')}
      actions={<Group gap="sm">{actions}</Group>}
    />
  );
}
