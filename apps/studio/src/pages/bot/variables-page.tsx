import { useTranslation } from 'react-i18next';
import { DraftPage } from '../bot-data/draft-page';
import { VariablesEditor } from '../bot-data/variables/variables-editor';

/** What the bot remembers, where each value is used, and what its subflows take and return. */
export function VariablesPage() {
  const { t } = useTranslation('botData');
  return (
    <DraftPage
      title={t('variables.title')}
      description={t('variables.description')}
      testId="variables-page"
    >
      {(context) => <VariablesEditor {...context} />}
    </DraftPage>
  );
}
