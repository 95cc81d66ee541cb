import { useTranslation } from 'react-i18next';
import { DraftPage } from '../bot-data/draft-page';
import { SettingsEditor } from '../bot-data/settings/settings-editor';

/** How the bot behaves across all its flows, and the languages it speaks. */
export function SettingsPage() {
  const { t } = useTranslation('botData');
  return (
    <DraftPage
      title={t('settings.title')}
      description={t('settings.description')}
      testId="settings-page"
      size="md"
    >
      {(context) => <SettingsEditor {...context} />}
    </DraftPage>
  );
}
