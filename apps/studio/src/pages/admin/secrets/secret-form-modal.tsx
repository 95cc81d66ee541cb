import { Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretSummary } from '../../../api/admin-schemas';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../shared/error-alert';
import { ModalActions } from '../../shared/modal-actions';
import { useServerSubmit } from '../shared/use-server-submit';
import { SECRET_VALUE_MAX, secretNameProblem, secretValueProblem } from './secret-rules';

/** A new secret, or a new value for an existing one (whose old value is never shown). */
export type SecretFormMode = { kind: 'create' } | { kind: 'replace'; name: string };

export function SecretFormModal(props: {
  mode: SecretFormMode | null;
  takenNames: readonly string[];
  onClose: () => void;
  onSaved: (secret: SecretSummary) => void;
}) {
  const { t } = useTranslation();
  const { admin } = useApi();
  const mode = props.mode;
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const { busy, failure, run, clearFailure } = useServerSubmit();

  // A typed value must not outlive the modal: it is cleared whenever the modal opens or closes.
  useEffect(() => {
    setName(mode?.kind === 'replace' ? mode.name : '');
    setValue('');
    setSubmitted(false);
    clearFailure();
  }, [mode]);

  const nameProblem =
    mode?.kind === 'create' ? secretNameProblem(name, props.takenNames) : undefined;
  const valueProblem = secretValueProblem(value);
  const problemText = (problem: string | undefined) =>
    submitted && problem
      ? t(`admin:secrets.form.errors.${problem}`, { max: SECRET_VALUE_MAX })
      : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!mode || nameProblem || valueProblem) return;
    await run(async () => {
      const saved =
        mode.kind === 'create'
          ? await admin.createSecret(name, value)
          : await admin.replaceSecret(mode.name, value);
      props.onSaved(saved);
    });
  }

  const creating = mode?.kind === 'create';
  return (
    <Modal
      opened={mode !== null}
      onClose={props.onClose}
      title={creating ? t('admin:secrets.form.createTitle') : t('admin:secrets.form.replaceTitle')}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('admin:secrets.form.name')}
            description={creating ? t('admin:secrets.form.nameHelp') : undefined}
            placeholder="CRM_TOKEN"
            required
            disabled={!creating}
            value={name}
            onChange={(event) => setName(event.currentTarget.value.trim())}
            error={problemText(nameProblem)}
            ff="monospace"
            autoComplete="off"
            data-autofocus={creating || undefined}
            data-testid="secret-name"
          />
          <PasswordInput
            label={creating ? t('admin:secrets.form.value') : t('admin:secrets.form.newValue')}
            description={t('admin:secrets.form.valueHelp')}
            required
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            error={problemText(valueProblem)}
            autoComplete="new-password"
            leftSection={<IconShieldLock size={16} />}
            data-autofocus={!creating || undefined}
            data-testid="secret-value"
            visibilityToggleButtonProps={{
              'aria-label': t('admin:secrets.form.reveal'),
              'data-testid': 'secret-value-reveal',
            }}
          />
          {failure !== null && (
            <ErrorAlert
              error={failure}
              title={t('admin:secrets.form.failed')}
              testId="secret-error"
            />
          )}
          <ModalActions
            onCancel={props.onClose}
            submitLabel={
              creating ? t('admin:secrets.form.create') : t('admin:secrets.form.replace')
            }
            submitTestId="secret-submit"
            loading={busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
