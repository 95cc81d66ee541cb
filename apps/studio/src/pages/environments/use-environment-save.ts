import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvironmentChanges } from '../../api/versions-api';
import type { Environment } from '../../api/versions-schemas';
import { useApi } from '../../app/api-context';
import { notifyError, notifySuccess } from '../../app/notify-error';

/** Saves an environment's variables or secret references; the server's reasons show when it refuses. */
export function useEnvironmentSave(
  botId: string,
  name: string,
  onSaved: (environment: Environment) => void,
) {
  const { t } = useTranslation('environments');
  const { versions } = useApi();
  const [saving, setSaving] = useState(false);
  async function save(changes: EnvironmentChanges) {
    setSaving(true);
    try {
      onSaved(await versions.updateEnvironment(botId, name, changes));
      notifySuccess(t('save.done', { env: name }));
    } catch (error) {
      // A 400 names what was refused (an undeclared variable, a secret not in the vault).
      notifyError(t, t('save.failed', { env: name }), error);
    } finally {
      setSaving(false);
    }
  }
  return { saving, save };
}
