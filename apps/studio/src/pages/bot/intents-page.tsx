import { useTranslation } from 'react-i18next';
import { DraftPage } from '../bot-data/draft-page';
import { IntentsEditor } from '../bot-data/intents/intents-editor';

/** What customers may want, taught by example phrases in each of the bot's languages. */
export function IntentsPage() {
  const { t } = useTranslation('botData');
  return (
    <DraftPage
      title={t('intents.title')}
      description={t('intents.description')}
      testId="intents-page"
      size="xl"
    >
      {(context) => <IntentsEditor {...context} />}
    </DraftPage>
  );
}
