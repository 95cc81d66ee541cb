import { Button, Group } from '@mantine/core';
import { IconFlask, IconPlus, IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../shared/empty-state';

/** No tests yet: the two ways to get one. */
export function TestsEmpty({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation('tests');
  return (
    <EmptyState
      icon={<IconFlask size={28} />}
      title={t('empty.title')}
      description={t('empty.description')}
      testId="tests-empty"
      actions={
        <Group gap="sm">
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={onAdd}
            data-testid="tests-empty-add"
          >
            {t('empty.add')}
          </Button>
          <Button
            component={Link}
            to="../flows"
            relative="path"
            variant="default"
            leftSection={<IconRoute size={16} />}
            data-testid="tests-empty-simulator"
          >
            {t('empty.simulator')}
          </Button>
        </Group>
      }
    />
  );
}
