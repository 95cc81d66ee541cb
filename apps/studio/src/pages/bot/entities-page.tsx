import { useTranslation } from 'react-i18next';
import { DraftPage } from '../bot-data/draft-page';
import { EntitiesEditor } from '../bot-data/entities/entities-editor';

/** The values the bot picks out of messages: lists with synonyms, patterns, and the built-in ones. */
export function EntitiesPage() {
  const { t } = useTranslation('botData');
  return (
    <DraftPage
      title={t('entities.title')}
      description={t('entities.description')}
      testId="entities-page"
      size="xl"
    >
      {(context) => <EntitiesEditor {...context} />}
    </DraftPage>
  );
}
