import type { ReactNode } from 'react';
import { useSessionStore } from '../../../auth/session-store';
import { AdminForbidden } from './admin-forbidden';

/**
 * Shows `children` to admins only. Others get the refusal before any admin API is
 * called, so they see one clear message instead of a page of 403 toasts.
 */
export function AdminGuard({ children }: { children: ReactNode }) {
  const isAdmin = useSessionStore((state) => state.user?.role === 'admin');
  return isAdmin ? children : <AdminForbidden />;
}
