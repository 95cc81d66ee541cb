import { Button, Text } from '@mantine/core';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ApiKeySummary, CreatedApiKey } from '../../../api/admin-schemas';
import { useApi } from '../../../app/api-context';
import { notifySuccess } from '../../../app/notify-error';
import { useResource } from '../../../app/use-resource';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../../shared/page-header';
import { ConfirmModal } from '../shared/confirm-modal';
import { DataTableState } from '../shared/data-table-state';
import { useWorkspaceUsers } from '../shared/use-workspace-users';
import { ApiKeyShownOnceModal } from './api-key-shown-once-modal';
import { ApiKeyTable } from './api-key-table';
import { CreateApiKeyModal } from './create-api-key-modal';

/** Keys for the company's servers: create (shown once), see when they were used, revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const { admin } = useApi();
  const keys = useResource(
    useCallback(() => admin.apiKeys(), [admin]),
    'admin-api-keys',
  );
  const { emailOf } = useWorkspaceUsers();
  const [creating, setCreating] = useState(false);
  // Held only while its modal is open; dropped on close so the key is gone from the page.
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKeySummary | null>(null);

  const createButton = (
    <Button
      leftSection={<IconPlus size={18} />}
      onClick={() => setCreating(true)}
      data-testid="create-api-key"
    >
      {t('admin:apiKeys.create.button')}
    </Button>
  );

  async function revoke() {
    if (!revoking) return;
    await admin.revokeApiKey(revoking.id);
    notifySuccess(t('admin:apiKeys.revoke.done', { name: revoking.name }));
    setRevoking(null);
    keys.reload();
  }

  return (
    <>
      <PageHeader
        title={t('admin:apiKeys.title')}
        description={t('admin:apiKeys.description')}
        actions={keys.data?.length ? createButton : undefined}
      />
      <DataTableState
        resource={keys}
        loadingTestId="api-keys-loading"
        errorTitle={t('admin:apiKeys.loadFailed')}
        empty={
          <EmptyState
            testId="api-keys-empty"
            icon={<IconKey size={28} />}
            title={t('admin:apiKeys.empty.title')}
            description={t('admin:apiKeys.empty.description')}
            actions={createButton}
          />
        }
      >
        {(rows) => <ApiKeyTable keys={rows} emailOf={emailOf} onRevoke={setRevoking} />}
      </DataTableState>
      <CreateApiKeyModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(key) => {
          setCreating(false);
          setCreated(key);
          keys.reload();
        }}
      />
      <ApiKeyShownOnceModal created={created} onClose={() => setCreated(null)} />
      <ConfirmModal
        opened={revoking !== null}
        title={t('admin:apiKeys.revoke.title')}
        confirmLabel={t('admin:apiKeys.revoke.submit')}
        danger
        onConfirm={revoke}
        onClose={() => setRevoking(null)}
        testId="revoke-api-key"
      >
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <Trans
            i18nKey="admin:apiKeys.revoke.confirm"
            values={{ name: revoking?.name ?? '' }}
            components={{ b: <b /> }}
          />
        </Text>
      </ConfirmModal>
    </>
  );
}
