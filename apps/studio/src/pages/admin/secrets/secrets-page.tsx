import { Button, Text } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { SecretSummary } from '../../../api/admin-schemas';
import { useApi } from '../../../app/api-context';
import { notifySuccess } from '../../../app/notify-error';
import { useResource } from '../../../app/use-resource';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../../shared/page-header';
import { ConfirmModal } from '../shared/confirm-modal';
import { DataTableState } from '../shared/data-table-state';
import { useWorkspaceUsers } from '../shared/use-workspace-users';
import { SecretFormModal, type SecretFormMode } from './secret-form-modal';
import { SecretTable } from './secret-table';

/** The workspace's vault: names and masks only; a value goes in and never comes back out. */
export function SecretsPage() {
  const { t } = useTranslation();
  const { admin } = useApi();
  const secrets = useResource(
    useCallback(() => admin.secrets(), [admin]),
    'admin-secrets',
  );
  const { emailOf } = useWorkspaceUsers();
  const [form, setForm] = useState<SecretFormMode | null>(null);
  const [deleting, setDeleting] = useState<SecretSummary | null>(null);

  const createButton = (
    <Button
      leftSection={<IconPlus size={18} />}
      onClick={() => setForm({ kind: 'create' })}
      data-testid="create-secret"
    >
      {t('admin:secrets.create')}
    </Button>
  );

  async function remove() {
    if (!deleting) return;
    await admin.deleteSecret(deleting.name);
    notifySuccess(t('admin:secrets.delete.done', { name: deleting.name }));
    setDeleting(null);
    secrets.reload();
  }

  return (
    <>
      <PageHeader
        title={t('admin:secrets.title')}
        description={t('admin:secrets.description')}
        actions={secrets.data?.length ? createButton : undefined}
      />
      <DataTableState
        resource={secrets}
        loadingTestId="secrets-loading"
        errorTitle={t('admin:secrets.loadFailed')}
        empty={
          <EmptyState
            testId="secrets-empty"
            icon={<IconLock size={28} />}
            title={t('admin:secrets.empty.title')}
            description={t('admin:secrets.empty.description')}
            actions={createButton}
          />
        }
      >
        {(rows) => (
          <SecretTable
            secrets={rows}
            emailOf={emailOf}
            onReplace={(secret) => setForm({ kind: 'replace', name: secret.name })}
            onDelete={setDeleting}
          />
        )}
      </DataTableState>
      <SecretFormModal
        mode={form}
        takenNames={(secrets.data ?? []).map((secret) => secret.name)}
        onClose={() => setForm(null)}
        onSaved={(secret) => {
          notifySuccess(
            form?.kind === 'replace'
              ? t('admin:secrets.form.replaced', { name: secret.name })
              : t('admin:secrets.form.created', { name: secret.name }),
          );
          setForm(null);
          secrets.reload();
        }}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('admin:secrets.delete.title')}
        confirmLabel={t('admin:secrets.delete.submit')}
        danger
        onConfirm={remove}
        onClose={() => setDeleting(null)}
        testId="delete-secret"
      >
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <Trans
            i18nKey="admin:secrets.delete.confirm"
            values={{ name: deleting?.name ?? '' }}
            components={{ b: <b /> }}
          />
        </Text>
      </ConfirmModal>
    </>
  );
}
