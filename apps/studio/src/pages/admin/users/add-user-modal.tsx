import { Alert, Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceUser } from '../../../api/admin-schemas';
import { useApi } from '../../../app/api-context';
import { errorMessage } from '../../../app/notify-error';
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
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    if (!props.opened) return;
    setForm(empty);
    setSubmitted(false);
    setFailure(null);
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
    setBusy(true);
    setFailure(null);
    try {
      props.onAdded(await admin.createUser(toNewUser(form)));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
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
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle size={18} />}
              title={t('admin:users.add.failed')}
              data-testid="new-user-error"
            >
              {errorMessage(t, failure)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="new-user-submit">
              {t('admin:users.add.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
