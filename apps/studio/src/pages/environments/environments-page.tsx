import { Button, Center, Container, Loader, SimpleGrid, Tooltip } from '@mantine/core';
import { IconArrowUpRight, IconServer } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Environment } from '../../api/versions-schemas';
import { useBot } from '../bot/bot-context';
import { EmptyState } from '../shared/empty-state';
import { PageHeader } from '../shared/page-header';
import { useReleaseRights } from '../versions/use-release-rights';
import { EnvironmentCard } from './environment-card';
import { PromoteModal } from './promote-modal';
import { RollbackModal } from './rollback-modal';
import { useEnvironmentsData } from './use-environments-data';
import { ErrorAlert } from '../shared/error-alert';

/** Where the bot runs: a card per environment, promotion from staging to production, rollback. */
export function EnvironmentsPage() {
  const { t } = useTranslation('environments');
  const { bot, reloadBot } = useBot();
  const { canRelease, isAdmin } = useReleaseRights();
  const loaded = useEnvironmentsData(bot.id, isAdmin);
  const [promoting, setPromoting] = useState(false);
  const [rollingBack, setRollingBack] = useState<Environment | null>(null);
  const changed = () => {
    loaded.reload();
    reloadBot();
  };

  const data = loaded.data;
  const environments = data?.environments ?? [];
  const staging = environments.find((env) => env.name === 'staging');
  const production = environments.find((env) => env.name === 'production');
  const promoteBlocked = !canRelease
    ? t('card.editorsOnly')
    : !staging?.version
      ? t('promote.nothingOnStaging')
      : staging.version.number === production?.version?.number
        ? t('promote.alreadyThere', { number: staging.version.number })
        : null;

  const promoteButton = production && (
    <Tooltip label={promoteBlocked} disabled={!promoteBlocked} multiline maw={260}>
      <span>
        <Button
          leftSection={<IconArrowUpRight size={18} />}
          color="teal"
          disabled={promoteBlocked !== null}
          onClick={() => setPromoting(true)}
          data-testid="promote"
        >
          {t('promote.button')}
        </Button>
      </span>
    </Tooltip>
  );

  return (
    <Container size="xl" w="100%" py="xl">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={data && promoteButton}
      />
      {data ? (
        environments.length === 0 ? (
          <EmptyState
            icon={<IconServer size={28} />}
            title={t('emptyTitle')}
            description={t('emptyDescription')}
            testId="environments-empty"
          />
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {environments.map((environment) => (
              <EnvironmentCard
                // A fresh card after each load, so its editors start from what the server has.
                key={`${environment.name}:${environment.updatedAt}`}
                botId={bot.id}
                environment={environment}
                data={data}
                canEdit={canRelease}
                onRollback={setRollingBack}
                onChanged={changed}
              />
            ))}
          </SimpleGrid>
        )
      ) : loaded.loading ? (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : (
        <ErrorAlert error={loaded.error} />
      )}
      <PromoteModal
        botId={bot.id}
        from={staging}
        to={production}
        opened={promoting}
        onClose={() => setPromoting(false)}
        onDone={() => {
          setPromoting(false);
          changed();
        }}
      />
      <RollbackModal
        botId={bot.id}
        environment={rollingBack}
        versions={data?.versions ?? []}
        history={rollingBack ? (data?.histories.get(rollingBack.name) ?? []) : []}
        onClose={() => setRollingBack(null)}
        onDone={() => {
          setRollingBack(null);
          changed();
        }}
      />
    </Container>
  );
}
