import type { ReactNode } from 'react';
import type { Resource } from '../../../app/use-resource';
import { AdminLoadError } from './admin-load-error';
import { AdminTableSkeleton } from './admin-table-skeleton';

/**
 * A workspace list as it loads: a skeleton the first time, the failure with a retry, the
 * `empty` view for no rows (when given), else the table. Once loaded, a reload keeps
 * the rows on screen instead of flashing the skeleton.
 */
export function DataTableState<Row>(props: {
  resource: Resource<Row[]>;
  loadingTestId: string;
  errorTitle: string;
  empty?: ReactNode;
  children: (rows: Row[]) => ReactNode;
}) {
  const { data, loading, error, reload } = props.resource;
  if (loading && !data) return <AdminTableSkeleton testId={props.loadingTestId} />;
  if (error && !data)
    return <AdminLoadError title={props.errorTitle} error={error} onRetry={reload} />;
  if (data?.length || props.empty === undefined) return props.children(data ?? []);
  return props.empty;
}
