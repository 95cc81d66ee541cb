import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import type { BotSummary } from '../../api/bot-schemas';
import { useApi } from '../../app/api-context';
import { notifyError } from '../../app/notify-error';
import { BotNameModal } from './bot-name-modal';

/**
 * A bot's name lives in its draft document, so renaming saves the draft at the
 * revision just read; if someone saved in between, the user is told to try again
 * rather than overwriting their work.
 */
export function RenameBotModal(props: {
  bot: BotSummary | null;
  onClose: () => void;
  onRenamed: () => void;
}) {
  const { t } = useTranslation();
  const { bots } = useApi();
  const bot = props.bot;

  async function rename(name: string) {
    if (!bot) return;
    try {
      const draft = await bots.draft(bot.id);
      await bots.saveDraft(bot.id, draft.revision, { ...draft.document, name });
      props.onRenamed();
    } catch (error) {
      const title = t('bots:rename.failed');
      if (isApiError(error, 409)) notifyError(t, title, new Error(t('bots:rename.conflict')));
      else notifyError(t, title, error);
      throw error;
    }
  }

  return (
    <BotNameModal
      opened={bot !== null}
      title={t('bots:rename.title')}
      submitLabel={t('common:actions.save')}
      initialName={bot?.name ?? ''}
      onSubmit={rename}
      onClose={props.onClose}
    />
  );
}
