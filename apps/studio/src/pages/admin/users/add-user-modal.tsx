import { Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceUser } from '../../../api/admin-schemas';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../shared/error-alert';
import { ModalActions } from '../../shared/modal-actions';
import { useServerSubmit } from '../shared/use-server-submit';
import { RoleSelect } from '../shared/role-select';
import { checkNewUser, type NewUserForm, PASSWORD_MIN, toNewUser } from './new-user-form';

const empty: NewUserForm = { email: '', displayName: '', password: '', role: 'editor' };

/** Adds a user with a first password; the form checks what the server would refuse. */
export function AddUserModal(props: {
  opened: boolean;
  takenEmails: readonly string[];
  onClose: () => void;
  onAdded: (user: WorkspaceUser) => void;
}) {
  const { t } = useTranslation();
  const { admin } = useApi();
  const [form, setForm] = useState<NewUserForm>(empty);
  const [submitted, setSubmitted] = useState(false);
  const { busy, failure, run, clearFailure } = useServerSubmit();

  useEffect(() => {
    if (!props.opened) return;
    setForm(empty);
    setSubmitted(false);
    clearFailure();
  }, [props.opened]);

  const errors = checkNewUser(form, props.takenEmails);
  // Errors appear after the first attempt, so an empty form does not open in red.
  const shown = (field: keyof typeof errors) =>
    submitted && errors[field] ? t(`admin:users.add.errors.${errors[field]}`) : undefined;
  const set = (patch: Partial<NewUserForm>) => setForm((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    await run(async () => {
      props.onAdded(await admin.createUser(toNewUser(form)));
    });
  }

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('admin:users.add.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('admin:users.add.email')}
            type="email"
            required
            autoComplete="off"
            value={form.email}
            onChange={(event) => set({ email: event.currentTarget.value })}
            error={shown('email')}
            data-autofocus
            data-testid="new-user-email"
          />
          <TextInput
            label={t('admin:users.add.name')}
            description={t('admin:users.add.nameHelp')}
            value={form.displayName}
            onChange={(event) => set({ displayName: event.currentTarget.value })}
            error={shown('displayName')}
            data-testid="new-user-name"
          />
          <PasswordInput
            label={t('admin:users.add.password')}
            description={t('admin:users.add.passwordHelp', { min: PASSWORD_MIN })}
            required
            autoComplete="new-password"
            value={form.password}
            onChange={(event) => set({ password: event.currentTarget.value })}
            error={shown('password')}
            data-testid="new-user-password"
          />
          <RoleSelect
            label={t('admin:users.add.role')}
            value={form.role}
            onChange={(role) => set({ role })}
            testId="new-user-role"
          />
          {failure !== null && (
            <ErrorAlert
              error={failure}
              title={t('admin:users.add.failed')}
              testId="new-user-error"
            />
          )}
          <ModalActions
            onCancel={props.onClose}
            submitLabel={t('admin:users.add.submit')}
            submitTestId="new-user-submit"
            loading={busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
