import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStudio } from '../../../testing/render-studio';
import { createFakeAdminRuntime } from '../testing/fake-admin-runtime';

describe('admin guard', () => {
  it('shows a viewer the refusal, without calling any admin route', async () => {
    const runtime = createFakeAdminRuntime({ role: 'viewer' });
    renderStudio(runtime, '/admin/users');
    const refusal = await screen.findByTestId('admin-forbidden');
    expect(refusal).toHaveTextContent('Only admins can see this page');
    expect(refusal).toHaveTextContent('You are signed in as Viewer');
    expect(runtime.adminCalls).toEqual([]);
    expect(screen.queryByTestId('user-table')).not.toBeInTheDocument();
  });

  it('refuses in Chinese too', async () => {
    const runtime = createFakeAdminRuntime({ role: 'editor' });
    renderStudio(runtime, '/admin/audit', 'zh-CN');
    expect(await screen.findByTestId('admin-forbidden')).toHaveTextContent(
      '只有管理员可以查看此页面',
    );
  });

  it('offers the Administration entry to admins only', async () => {
    const user = userEvent.setup();
    const viewer = createFakeAdminRuntime({ role: 'viewer' });
    const { unmount } = renderStudio(viewer, '/');
    await user.click(await screen.findByTestId('user-menu'));
    expect(await screen.findByText('Sign out')).toBeInTheDocument();
    expect(screen.queryByTestId('admin-entry')).not.toBeInTheDocument();
    unmount();

    renderStudio(createFakeAdminRuntime({ role: 'admin' }), '/');
    await user.click(await screen.findByTestId('user-menu'));
    await user.click(await screen.findByTestId('admin-entry'));
    const table = await screen.findByTestId('user-table');
    expect(within(table).getByText('ana@shop.test')).toBeInTheDocument();
  });

  it('treats a 403 from the API (role changed since sign-in) as the refusal, not an error', async () => {
    const runtime = createFakeAdminRuntime({ role: 'admin' });
    runtime.failAdmin('GET /api/v1/api-keys', 403, 'This needs one of the roles admin');
    renderStudio(runtime, '/admin/api-keys');
    expect(await screen.findByTestId('admin-forbidden')).toBeInTheDocument();
    expect(screen.queryByTestId('admin-load-error')).not.toBeInTheDocument();
  });
});
