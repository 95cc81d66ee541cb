import { Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiKey } from '../../../api/admin-schemas';
import type { Role } from '../../../api/session-body';
import { useApi } from '../../../app/api-context';
import { ErrorAlert } from '../../shared/error-alert';
import { ModalActions } from '../../shared/modal-actions';
import { useServerSubmit } from '../shared/use-server-submit';
import { RoleSelect } from '../shared/role-select';

/** The server's limit on a key's name. */
const NAME_MAX = 200;

/** Names a new key and picks its role; the answer carries the key, shown once by the caller. */
export function CreateApiKeyModal(props: {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: CreatedApiKey) => void;
}) {
  const { t } = useTranslation();
  const { admin } = useApi();
  const [name, setName] = useState('');
  // The least a server integration might need; an admin raises it on purpose.
  const [role, setRole] = useState<Role>('viewer');
  const [submitted, setSubmitted] = useState(false);
  const { busy, failure, run, clearFailure } = useServerSubmit();

  useEffect(() => {
    if (!props.opened) return;
    setName('');
    setRole('viewer');
    setSubmitted(false);
    clearFailure();
  }, [props.opened]);

  const trimmed = name.trim();
  const nameError = !trimmed
    ? t('admin:apiKeys.create.nameRequired')
    : trimmed.length > NAME_MAX
      ? t('admin:apiKeys.create.nameTooLong', { max: NAME_MAX })
      : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (nameError) return;
    await run(async () => {
      props.onCreated(await admin.createApiKey(trimmed, role));
    });
  }

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('admin:apiKeys.create.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('admin:apiKeys.create.name')}
            description={t('admin:apiKeys.create.nameHelp')}
            placeholder={t('admin:apiKeys.create.namePlaceholder')}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={submitted ? nameError : undefined}
            data-autofocus
            data-testid="api-key-name"
          />
          <RoleSelect
            label={t('admin:apiKeys.create.role')}
            value={role}
            onChange={setRole}
            testId="api-key-role"
          />
          {failure !== null && (
            <ErrorAlert error={failure} title={t('admin:apiKeys.create.failed')} />
          )}
          <ModalActions
            onCancel={props.onClose}
            submitLabel={t('admin:apiKeys.create.submit')}
            submitTestId="api-key-submit"
            loading={busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
