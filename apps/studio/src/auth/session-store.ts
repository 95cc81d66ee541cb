import { create } from 'zustand';
import type { SessionBody, SessionUser } from '../api/session-body';

/**
 * `restoring`: the page just loaded and the refresh cookie is being tried, so
 * nothing may redirect to the log-in page yet.
 */
export type SessionStatus = 'restoring' | 'signed-out' | 'signed-in';

export interface SessionState {
  status: SessionStatus;
  /** Kept in memory only: a script injected into the page cannot read it from storage. */
  accessToken: string | null;
  user: SessionUser | null;
  /** Why the user was signed out, when it was not by choice (expired session). */
  endedReason: 'expired' | null;
  signedIn(session: SessionBody): void;
  signedOut(reason?: 'expired'): void;
}

export const useSessionStore = create<SessionState>()((set) => ({
  status: 'restoring',
  accessToken: null,
  user: null,
  endedReason: null,
  signedIn: (session) =>
    set({
      status: 'signed-in',
      accessToken: session.accessToken,
      user: session.user,
      endedReason: null,
    }),
  signedOut: (reason) =>
    set({ status: 'signed-out', accessToken: null, user: null, endedReason: reason ?? null }),
}));
