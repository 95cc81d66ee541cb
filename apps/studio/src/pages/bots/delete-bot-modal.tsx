import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import type { BotSummary } from '../../api/bot-schemas';
import { useApi } from '../../app/api-context';
import { notifyError } from '../../app/notify-error';

/** Asks before deleting: a bot takes its versions and environments with it. */
export function DeleteBotModal(props: {
  bot: BotSummary | null;
  onClose: () => void;
  onDeleted: (bot: BotSummary) => void;
}) {
  const { t } = useTranslation();
  const { bots } = useApi();
  const [busy, setBusy] = useState(false);
  const [forbidden, setForbidden] = useState(false);
  const bot = props.bot;

  useEffect(() => setForbidden(false), [bot]);

  async function remove() {
    if (!bot) return;
    setBusy(true);
    try {
      await bots.remove(bot.id);
      props.onDeleted(bot);
    } catch (error) {
      if (isApiError(error, 403)) setForbidden(true);
      else notifyError(t, t('bots:delete.failed'), error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={bot !== null} onClose={props.onClose} title={t('bots:delete.title')}>
      <Stack gap="lg">
        <Text size="sm">
          <Trans
            i18nKey="bots:delete.confirm"
            values={{ name: bot?.name ?? '' }}
            components={{ b: <b /> }}
          />
        </Text>
        {forbidden && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconLock size={18} />}
            title={t('bots:delete.forbiddenTitle')}
            data-testid="delete-forbidden"
          >
            {t('bots:delete.forbidden')}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={busy}
            disabled={forbidden}
            onClick={() => void remove()}
            data-testid="delete-confirm"
          >
            {t('bots:delete.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
