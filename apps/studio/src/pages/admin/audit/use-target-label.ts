import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../api/admin-schemas';
import { useApi } from '../../../app/api-context';
import { useResource } from '../../../app/use-resource';
import { targetTypeLabel } from './audit-labels';

/**
 * Says what an event was about in words: "Bot · Order status" rather than an id.
 * Users, bots and API keys are looked up by id; others use the name the event
 * recorded, if any (a secret's), and the id otherwise.
 */
export function useTargetLabel(
  emailOf: (userId: string | null) => string | null,
): (event: AuditEvent) => string {
  const { t } = useTranslation();
  const { bots, admin } = useApi();
  // A failed look-up only costs the names: the ids are shown instead.
  const names = useResource(
    useCallback(async () => {
      const [botList, keyList] = await Promise.all([
        bots.list().catch(() => []),
        admin.apiKeys().catch(() => []),
      ]);
      return new Map([...botList, ...keyList].map((item) => [item.id, item.name]));
    }, [bots, admin]),
    'admin-audit-target-names',
  );
  const nameOf = useMemo(() => names.data ?? new Map<string, string>(), [names.data]);
  return useCallback(
    (event: AuditEvent) => {
      if (!event.targetType) return '—';
      const recordedName = typeof event.details.name === 'string' ? event.details.name : null;
      const known =
        event.targetType === 'user'
          ? emailOf(event.targetId)
          : event.targetId
            ? (nameOf.get(event.targetId) ?? null)
            : null;
      const label = known ?? recordedName ?? event.targetId ?? '';
      return `${targetTypeLabel(t, event.targetType)} · ${label}`;
    },
    [t, emailOf, nameOf],
  );
}
