import { Alert, Button, Container } from '@mantine/core';
import { IconAlertCircle, IconPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { BotSummary } from '../../api/bot-schemas';
import { useApi } from '../../app/api-context';
import { errorMessage, notifySuccess } from '../../app/notify-error';
import { useResource } from '../../app/use-resource';
import { useSessionStore } from '../../auth/session-store';
import { PageHeader } from '../shared/page-header';
import { BotTable } from './bot-table';
import { BotTableSkeleton } from './bot-table-skeleton';
import { BotsEmptyState } from './bots-empty-state';
import { CreateBotModal } from './create-bot-modal';
import { DeleteBotModal } from './delete-bot-modal';
import { ImportBotButton } from './import-bot-button';
import { RenameBotModal } from './rename-bot-modal';

/** The workspace's bots: open one, create, import, rename, delete. */
export function BotListPage() {
  const { t } = useTranslation();
  const { bots } = useApi();
  const navigate = useNavigate();
  const isAdmin = useSessionStore((state) => state.user?.role === 'admin');
  const list = useResource(
    useCallback(() => bots.list(), [bots]),
    'bots',
  );
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<BotSummary | null>(null);
  const [deleting, setDeleting] = useState<BotSummary | null>(null);

  const onImported = (bot: BotSummary) => {
    notifySuccess(t('bots:import.done', { name: bot.name }));
    list.reload();
  };
  const actions = (
    <>
      <ImportBotButton onImported={onImported} />
      <Button
        leftSection={<IconPlus size={18} />}
        onClick={() => setCreating(true)}
        data-testid="create-bot"
      >
        {t('bots:create.button')}
      </Button>
    </>
  );

  return (
    <Container size="lg" w="100%" py="xl">
      <PageHeader
        title={t('bots:title')}
        description={t('bots:description')}
        actions={list.data?.length ? actions : undefined}
      />
      {list.loading && !list.data ? (
        <BotTableSkeleton />
      ) : list.error && !list.data ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={18} />}
          title={t('bots:loadFailed')}
        >
          {errorMessage(t, list.error)}
          <Button
            variant="light"
            color="red"
            size="xs"
            mt="sm"
            display="block"
            onClick={list.reload}
          >
            {t('common:actions.retry')}
          </Button>
        </Alert>
      ) : list.data?.length ? (
        <BotTable
          bots={list.data}
          canDelete={isAdmin}
          onRename={setRenaming}
          onDelete={setDeleting}
        />
      ) : (
        <BotsEmptyState actions={actions} />
      )}
      <CreateBotModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(bot) => {
          setCreating(false);
          notifySuccess(t('bots:create.done', { name: bot.name }));
          void navigate(`/bots/${bot.id}/flows`);
        }}
      />
      <RenameBotModal
        bot={renaming}
        onClose={() => setRenaming(null)}
        onRenamed={() => {
          setRenaming(null);
          list.reload();
        }}
      />
      <DeleteBotModal
        bot={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(bot) => {
          setDeleting(null);
          notifySuccess(t('bots:delete.done', { name: bot.name }));
          list.reload();
        }}
      />
    </Container>
  );
}
