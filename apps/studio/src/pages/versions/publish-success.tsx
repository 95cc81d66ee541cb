import { Button, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconServer } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReleaseResult } from '../../api/versions-schemas';

/** After publishing: which version now runs where, and the way to the environments page. */
export function PublishSuccess(props: {
  botId: string;
  result: ReleaseResult;
  onClose: () => void;
}) {
  const { t } = useTranslation('versions');
  const { version, environment } = props.result;
  return (
    <Stack align="center" gap="sm" py="md" data-testid="publish-success">
      <ThemeIcon size={56} radius="xl" color="teal" variant="light">
        <IconCircleCheck size={32} />
      </ThemeIcon>
      <Title order={3} fz={20} ta="center">
        {t('publish.done', { number: version.number })}
      </Title>
      <Text size="sm" c="dimmed" ta="center" data-testid="publish-success-where">
        {environment
          ? t('publish.runsOn', { number: version.number, env: environment.name })
          : t('publish.notDeployed', { number: version.number })}
      </Text>
      <Group mt="sm" gap="sm">
        <Button variant="default" onClick={props.onClose} data-testid="publish-success-close">
          {t('common:actions.close')}
        </Button>
        <Button
          component={Link}
          to={`/bots/${props.botId}/environments`}
          leftSection={<IconServer size={18} />}
          onClick={props.onClose}
          data-testid="publish-success-environments"
        >
          {t('publish.openEnvironments')}
        </Button>
      </Group>
    </Stack>
  );
}
