import { useCallback, useMemo } from 'react';
import type { WorkspaceUser } from '../../../api/admin-schemas';
import { useApi } from '../../../app/api-context';
import { type Resource, useResource } from '../../../app/use-resource';

export interface WorkspaceUsers extends Resource<WorkspaceUser[]> {
  /** The user's e-mail for an id, or `null` when the id is unknown (the user was deleted). */
  emailOf: (userId: string | null) => string | null;
}

/** The workspace's users, and a look-up by id for the "created by" and "actor" columns. */
export function useWorkspaceUsers(): WorkspaceUsers {
  const { admin } = useApi();
  const users = useResource(
    useCallback(() => admin.users(), [admin]),
    'admin-users',
  );
  const byId = useMemo(
    () => new Map((users.data ?? []).map((user) => [user.id, user.email])),
    [users.data],
  );
  const emailOf = useCallback(
    (userId: string | null) => (userId ? (byId.get(userId) ?? null) : null),
    [byId],
  );
  return { ...users, emailOf };
}
