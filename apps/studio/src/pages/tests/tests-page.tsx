import { useTranslation } from 'react-i18next';
import { DraftPage } from '../bot-data/draft-page';
import { useBot } from '../bot/bot-context';
import { TestsWorkspace } from './tests-workspace';

/** The draft's conversation tests: write them, run them, see why one fails and what they cover. */
export function TestsPage() {
  const { t } = useTranslation('tests');
  const { bot } = useBot();
  return (
    <DraftPage title={t('title')} description={t('description')} testId="tests-page" size="xl">
      {(context) => <TestsWorkspace botId={bot.id} {...context} />}
    </DraftPage>
  );
}
