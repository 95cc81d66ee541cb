import { Navigate, Outlet, useLocation } from 'react-router';
import { useSessionStore } from '../auth/session-store';

/** Sends signed-out visitors to the log-in page, remembering where they wanted to go. */
export function RequireSession() {
  const status = useSessionStore((state) => state.status);
  const location = useLocation();
  if (status !== 'signed-in') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
