import { Alert, Button, Center, Container, Loader, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconPlugConnected, IconPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Channel, ChannelChanges } from '../../api/channels-api';
import { useApi } from '../../app/api-context';
import { errorMessage, notifySuccess } from '../../app/notify-error';
import { useResource } from '../../app/use-resource';
import { ConfirmModal } from '../admin/shared/confirm-modal';
import { useBot } from '../bot/bot-context';
import { useReleaseRights } from '../versions/use-release-rights';
import { EmptyState } from '../shared/empty-state';
import { PageHeader } from '../shared/page-header';
import { ChannelEditor } from './channel-editor';
import { ChannelList } from './channel-list';
import { EnableChannelModal } from './enable-channel-modal';

/**
 * Where customers reach the bot: its web channels, each bound to an environment,
 * with the widget's look, the websites allowed to embed it and the snippet to
 * paste. The chosen channel is kept in the address (`?channel=`).
 */
export function ChannelsPage() {
  const { t } = useTranslation('channels');
  const api = useApi();
  const { bot } = useBot();
  const { canRelease: canEdit } = useReleaseRights();
  const channels = useResource(
    useCallback(() => api.channels.list(bot.id), [api, bot.id]),
    bot.id,
  );
  // The greeting is written per locale of the bot; the draft says which it speaks.
  const locales = useResource(
    useCallback(
      () =>
        api.bots.draft(bot.id).then((draft) => {
          const listed = draft.document.locales;
          return Array.isArray(listed)
            ? listed.filter((l): l is string => typeof l === 'string')
            : [];
        }),
      [api, bot.id],
    ),
    bot.id,
  );
  const [params, setParams] = useSearchParams();
  const [enabling, setEnabling] = useState(false);
  const [deleting, setDeleting] = useState(false);

  // A saved channel shows at once (the form settles), before the list's reload brings it too.
  const [saved, setSaved] = useState<Record<string, Channel>>({});
  const list = (channels.data ?? []).map((item) => {
    const newer = saved[item.id];
    return newer && newer.updatedAt > item.updatedAt ? { ...item, ...newer } : item;
  });
  const selected = list.find((channel) => channel.id === params.get('channel')) ?? list[0] ?? null;
  const select = (channelId: string) => setParams({ channel: channelId }, { replace: true });

  async function enable(environment: string) {
    const created = await api.channels.create(bot.id, { environment });
    setEnabling(false);
    notifySuccess(t('enable.done', { environment }));
    select(created.id);
    channels.reload();
  }

  async function save(changes: ChannelChanges) {
    if (!selected) throw new Error('no channel selected');
    const channel = await api.channels.update(bot.id, selected.id, changes);
    setSaved((previous) => ({ ...previous, [channel.id]: channel }));
    notifySuccess(t('saved'));
    channels.reload();
    return channel;
  }

  const actions = (
    <Tooltip label={t('readOnly')} disabled={canEdit}>
      <span>
        <Button
          leftSection={<IconPlus size={18} />}
          onClick={() => setEnabling(true)}
          disabled={!canEdit}
          data-testid="enable-channel"
        >
          {t('enable.button')}
        </Button>
      </span>
    </Tooltip>
  );

  return (
    <Container size="xl" w="100%" py="xl">
      <PageHeader title={t('title')} description={t('description')} actions={actions} />
      {channels.data ? (
        selected ? (
          <>
            <ChannelList channels={list} selectedId={selected.id} onSelect={select} />
            <ChannelEditor
              channel={selected}
              locales={locales.data ?? []}
              canEdit={canEdit}
              onSave={save}
              onDelete={() => setDeleting(true)}
            />
          </>
        ) : (
          <EmptyState
            icon={<IconPlugConnected size={28} />}
            title={t('emptyTitle')}
            description={t('emptyDescription')}
            actions={canEdit ? actions : undefined}
            testId="channels-empty"
          />
        )
      ) : channels.loading ? (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={18} />}
          data-testid="channels-error"
        >
          {errorMessage(t, channels.error)}
          <Button variant="subtle" size="xs" ml="sm" onClick={channels.reload}>
            {t('common:actions.retry')}
          </Button>
        </Alert>
      )}
      <EnableChannelModal
        opened={enabling}
        environments={bot.environments}
        onClose={() => setEnabling(false)}
        onEnable={enable}
      />
      <ConfirmModal
        opened={deleting && selected !== null}
        title={t('delete.title')}
        confirmLabel={t('delete.confirm')}
        danger
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          if (!selected) return;
          await api.channels.remove(bot.id, selected.id);
          setDeleting(false);
          setParams({}, { replace: true });
          notifySuccess(t('delete.done'));
          channels.reload();
        }}
        testId="delete-channel"
      >
        <Text size="sm">{t('delete.body', { name: selected?.name ?? '' })}</Text>
      </ConfirmModal>
    </Container>
  );
}
