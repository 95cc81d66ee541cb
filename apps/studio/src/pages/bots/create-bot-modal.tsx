import { useTranslation } from 'react-i18next';
import type { BotSummary } from '../../api/bot-schemas';
import { useApi } from '../../app/api-context';
import { notifyError } from '../../app/notify-error';
import { BotNameModal } from './bot-name-modal';

/** "New bot": a blank bot from the server's starter document. */
export function CreateBotModal(props: {
  opened: boolean;
  onClose: () => void;
  onCreated: (bot: BotSummary) => void;
}) {
  const { t } = useTranslation();
  const { bots } = useApi();

  async function create(name: string) {
    try {
      props.onCreated(await bots.create(name));
    } catch (error) {
      notifyError(t, t('bots:create.failed'), error);
      throw error;
    }
  }

  return (
    <BotNameModal
      opened={props.opened}
      title={t('bots:create.title')}
      submitLabel={t('bots:create.submit')}
      initialName=""
      onSubmit={create}
      onClose={props.onClose}
    />
  );
}
