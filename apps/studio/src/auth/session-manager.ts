import { isApiError } from '../api/api-error';
import type { AuthApi } from '../api/auth-api';
import { useSessionStore } from './session-store';

/** What the rest of the app does with the session; one instance per page. */
export interface SessionManager {
  /** On page load: swaps the refresh cookie for an access token, if there is a session. */
  restore(): Promise<void>;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** After a 401: a new access token, or `null` when the session has ended. */
  refreshAccessToken(): Promise<string | null>;
  accessToken(): string | null;
}

export function createSessionManager(auth: AuthApi): SessionManager {
  const store = useSessionStore;
  let inFlight: Promise<string | null> | null = null;

  /**
   * The server ends every session when a rotated refresh token comes back, so two
   * refreshes must never race: one at a time per page, and one at a time across
   * the browser's tabs (they share the cookie) through a Web Lock.
   */
  function refreshAccessToken(): Promise<string | null> {
    inFlight ??= withBrowserLock('parley-session-refresh', async () => {
      try {
        const session = await auth.refresh();
        store.getState().signedIn(session);
        return session.accessToken;
      } catch (error) {
        if (isApiError(error, 0)) throw error;
        const wasSignedIn = store.getState().status === 'signed-in';
        store.getState().signedOut(wasSignedIn ? 'expired' : undefined);
        return null;
      }
    }).finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  return {
    async restore() {
      if (store.getState().status === 'signed-in') return;
      try {
        await refreshAccessToken();
      } catch {
        // Offline at load: show the log-in page rather than a blank screen.
        store.getState().signedOut();
      }
    },
    async signIn(email, password) {
      store.getState().signedIn(await auth.login(email, password));
    },
    async signOut() {
      try {
        await auth.logout();
      } finally {
        store.getState().signedOut();
      }
    },
    refreshAccessToken,
    accessToken: () => store.getState().accessToken,
  };
}

async function withBrowserLock<T>(name: string, run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return run();
  return locks.request(name, run);
}
