import { Navigate, type RouteObject } from 'react-router';
import { AdminLayout } from './admin-layout';
import { ApiKeysPage } from './api-keys/api-keys-page';
import { AuditPage } from './audit/audit-page';
import { SecretsPage } from './secrets/secrets-page';
import { UsersPage } from './users/users-page';

/** `/admin/…`: one route object, so the studio's route table gains one line. */
export const adminRoutes: RouteObject = {
  path: 'admin',
  element: <AdminLayout />,
  children: [
    { index: true, element: <Navigate to="users" replace /> },
    { path: 'users', element: <UsersPage /> },
    { path: 'api-keys', element: <ApiKeysPage /> },
    { path: 'secrets', element: <SecretsPage /> },
    { path: 'audit', element: <AuditPage /> },
  ],
};
