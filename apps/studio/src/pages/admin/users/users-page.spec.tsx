import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStudio } from '../../../testing/render-studio';
import { createFakeAdminRuntime } from '../testing/fake-admin-runtime';

describe('users page', () => {
  it('checks the new user as the server would, then adds them', async () => {
    const runtime = createFakeAdminRuntime();
    renderStudio(runtime, '/admin/users');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('add-user'));
    await user.type(await screen.findByTestId('new-user-email'), 'ANA@shop.test');
    await user.type(screen.getByTestId('new-user-password'), 'short');
    await user.click(screen.getByTestId('new-user-submit'));
    expect(
      await screen.findByText('A user with this e-mail already exists in the workspace.'),
    ).toBeInTheDocument();
    expect(screen.getByText('The password needs at least 12 characters.')).toBeInTheDocument();
    expect(runtime.adminCalls).not.toContain('POST /api/v1/users');

    await user.clear(screen.getByTestId('new-user-email'));
    await user.type(screen.getByTestId('new-user-email'), 'li.lei@shop.test');
    await user.type(screen.getByTestId('new-user-password'), ' and long enough');
    await user.click(screen.getByTestId('new-user-submit'));
    const row = await screen.findByText('li.lei@shop.test');
    expect(row).toBeInTheDocument();
    expect(runtime.data.users.at(-1)).toMatchObject({
      email: 'li.lei@shop.test',
      displayName: 'li.lei',
      role: 'editor',
    });
  });

  it("shows the server's refusal to demote the last admin inside the dialog", async () => {
    const runtime = createFakeAdminRuntime();
    runtime.failAdmin('PATCH /api/v1/users/u1/role', 409, 'The last admin cannot lose the role');
    renderStudio(runtime, '/admin/users');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('change-role'));
    const dialog = await screen.findByTestId('change-role-dialog');
    expect(within(dialog).getByTestId('change-role-dialog-confirm')).toBeDisabled();
    await user.click(within(dialog).getByTestId('change-role-select'));
    await user.click(await screen.findByRole('option', { name: 'Editor', hidden: true }));
    expect(dialog).toHaveTextContent('This is your own account');
    await user.click(within(dialog).getByTestId('change-role-dialog-confirm'));
    await waitFor(() =>
      expect(screen.getByTestId('change-role-dialog-error')).toHaveTextContent(
        'The last admin of a workspace cannot lose the role',
      ),
    );
  });
});
