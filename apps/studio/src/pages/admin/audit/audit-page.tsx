import { Button, Center, Text } from '@mantine/core';
import { IconListSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../../shared/page-header';
import { AdminLoadError } from '../shared/admin-load-error';
import { AdminTableSkeleton } from '../shared/admin-table-skeleton';
import { useWorkspaceUsers } from '../shared/use-workspace-users';
import { type AuditFilter, filterFromSearch, filterToSearch } from './audit-filter';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';
import { useAuditLog } from './use-audit-log';
import { useTargetLabel } from './use-target-label';
import { ErrorAlert } from '../../shared/error-alert';

/** What people and the system did in the workspace, newest first, filtered from the address. */
export function AuditPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filter = useMemo(() => filterFromSearch(search), [search]);
  const users = useWorkspaceUsers();
  const log = useAuditLog(filter);
  const targetLabel = useTargetLabel(users.emailOf);
  const filtered = Object.values(filter).some(Boolean);
  const setFilter = (next: AuditFilter) => setSearch(filterToSearch(next), { replace: true });

  return (
    <>
      <PageHeader title={t('admin:audit.title')} description={t('admin:audit.description')} />
      <AuditFilters filter={filter} users={users.data ?? []} onChange={setFilter} />
      {log.loading ? (
        <AdminTableSkeleton rows={8} testId="audit-loading" />
      ) : log.error && log.events.length === 0 ? (
        <AdminLoadError
          title={t('admin:audit.loadFailed')}
          error={log.error}
          onRetry={log.reload}
        />
      ) : log.events.length === 0 ? (
        <EmptyState
          testId="audit-empty"
          icon={<IconListSearch size={28} />}
          title={filtered ? t('admin:audit.empty.filteredTitle') : t('admin:audit.empty.title')}
          description={
            filtered
              ? t('admin:audit.empty.filteredDescription')
              : t('admin:audit.empty.description')
          }
          actions={
            filtered && (
              <Button variant="light" onClick={() => setFilter({})}>
                {t('admin:audit.filters.clear')}
              </Button>
            )
          }
        />
      ) : (
        <>
          <AuditTable events={log.events} emailOf={users.emailOf} targetLabel={targetLabel} />
          {log.error !== null && <ErrorAlert error={log.error} mt="md" />}
          <Center mt="md">
            {log.hasMore ? (
              <Button
                variant="default"
                loading={log.loadingMore}
                onClick={log.loadMore}
                data-testid="audit-load-more"
              >
                {t('admin:audit.loadMore')}
              </Button>
            ) : (
              <Text size="xs" c="dimmed" data-testid="audit-end">
                {t('admin:audit.end', { count: log.events.length })}
              </Text>
            )}
          </Center>
        </>
      )}
    </>
  );
}
