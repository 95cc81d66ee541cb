import { Alert, Button, Center, Container, Loader } from '@mantine/core';
import { IconAlertCircle, IconHistory, IconRocket } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { errorMessage, notifySuccess } from '../../app/notify-error';
import { useResource } from '../../app/use-resource';
import { useBot } from '../bot/bot-context';
import { EmptyState } from '../shared/empty-state';
import { PageHeader } from '../shared/page-header';
import { PublishModal } from './publish-modal';
import { VersionList } from './version-list';

/** The bot's published versions and the button that publishes the draft. */
export function VersionsPage() {
  const { t } = useTranslation();
  const { bots } = useApi();
  const { bot, reloadBot } = useBot();
  const versions = useResource(
    useCallback(() => bots.versions(bot.id), [bots, bot.id]),
    bot.id,
  );
  const [publishing, setPublishing] = useState(false);

  const publishButton = (
    <Button
      leftSection={<IconRocket size={18} />}
      onClick={() => setPublishing(true)}
      data-testid="publish"
    >
      {t('versions:publish.button')}
    </Button>
  );

  return (
    <Container size="lg" w="100%" py="xl">
      <PageHeader
        title={t('versions:title')}
        description={t('versions:description')}
        actions={publishButton}
      />
      {versions.data ? (
        versions.data.length > 0 ? (
          <VersionList versions={versions.data} environments={bot.environments} />
        ) : (
          <EmptyState
            icon={<IconHistory size={28} />}
            title={t('versions:emptyTitle')}
            description={t('versions:emptyDescription')}
            testId="versions-empty"
          />
        )
      ) : versions.loading ? (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
          {errorMessage(t, versions.error)}
        </Alert>
      )}
      <PublishModal
        botId={bot.id}
        opened={publishing}
        onClose={() => setPublishing(false)}
        onPublished={(result) => {
          setPublishing(false);
          notifySuccess(
            t('versions:publish.done', { number: result.version.number }),
            result.environment
              ? t('versions:publish.deployed', { env: result.environment.name })
              : undefined,
          );
          versions.reload();
          reloadBot();
        }}
      />
    </Container>
  );
}
