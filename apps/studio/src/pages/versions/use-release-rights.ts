import { useSessionStore } from '../../auth/session-store';

/**
 * What the signed-in user may change about releases, as the API decides it:
 * publishing, deploying, promoting, rolling back, restoring, exporting and
 * environment variables need an editor or admin; adding an environment and
 * listing the workspace's secrets need an admin. Viewers and agents only look.
 */
export function useReleaseRights(): { canRelease: boolean; isAdmin: boolean } {
  const role = useSessionStore((state) => state.user?.role);
  return { canRelease: role === 'admin' || role === 'editor', isAdmin: role === 'admin' };
}
