import { useCallback, useMemo } from 'react';
import { useApi } from '../../../app/api-context';
import { useResource } from '../../../app/use-resource';
import { auditQueryString } from '../audit/audit-filter';

/** How far back sign-ins are looked for; older ones show as unknown. */
const SIGN_IN_WINDOW = 500;

/**
 * When each user last signed in, read from the audit log's newest `auth.login`
 * events (users have no such column). A failure leaves the column empty: it is
 * a hint, and must not break the user list.
 */
export function useLastSignIns(): Map<string, string> {
  const { admin } = useApi();
  const events = useResource(
    useCallback(
      () => admin.auditEvents(auditQueryString({ action: 'auth.login' }, SIGN_IN_WINDOW)),
      [admin],
    ),
    'admin-last-sign-ins',
  );
  return useMemo(() => {
    const latest = new Map<string, string>();
    // Newest first: the first event seen for a user is the latest.
    for (const event of events.data ?? []) {
      if (event.actorUserId && !latest.has(event.actorUserId))
        latest.set(event.actorUserId, event.createdAt);
    }
    return latest;
  }, [events.data]);
}
