import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderStudio } from '../../../testing/render-studio';
import { createFakeAdminRuntime } from '../testing/fake-admin-runtime';

describe('a new API key', () => {
  it('is shown once with a copy button, then nowhere on the page but its prefix', async () => {
    const runtime = createFakeAdminRuntime();
    renderStudio(runtime, '/admin/api-keys');
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');

    await user.click(await screen.findByTestId('create-api-key'));
    await user.type(await screen.findByTestId('api-key-name'), 'Order system');
    await user.click(screen.getByTestId('api-key-submit'));

    const shown = await screen.findByTestId('api-key-shown');
    const key = within(shown).getByTestId('api-key-secret').textContent ?? '';
    expect(key).toBe('pk_secret1abcdefghijklmnop');
    expect(shown).toHaveTextContent('This is the only time the key is shown');

    await user.click(within(shown).getByTestId('api-key-copy'));
    expect(writeText).toHaveBeenCalledWith(key);
    await waitFor(() =>
      expect(within(shown).getByTestId('api-key-copy')).toHaveAttribute('data-copied', 'true'),
    );

    await user.click(within(shown).getByTestId('api-key-done'));
    await waitFor(() => expect(screen.queryByTestId('api-key-shown')).not.toBeInTheDocument());
    const row = await screen.findByTestId('api-key-row');
    expect(row).toHaveAttribute('data-name', 'Order system');
    expect(within(row).getByTestId('api-key-prefix')).toHaveTextContent('pk_secret…');
    expect(document.body.textContent).not.toContain(key);
  });

  it('cannot be dismissed by a click beside the modal', async () => {
    const runtime = createFakeAdminRuntime();
    renderStudio(runtime, '/admin/api-keys');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('create-api-key'));
    await user.type(await screen.findByTestId('api-key-name'), 'CRM');
    await user.click(screen.getByTestId('api-key-submit'));
    await screen.findByTestId('api-key-shown');
    const overlay = document.querySelector('.mantine-Modal-overlay');
    expect(overlay).not.toBeNull();
    if (overlay) await user.click(overlay);
    expect(screen.getByTestId('api-key-shown')).toBeInTheDocument();
  });

  it('sends the chosen name and role', async () => {
    const runtime = createFakeAdminRuntime();
    renderStudio(runtime, '/admin/api-keys');
    const user = userEvent.setup();
    expect(await screen.findByTestId('api-keys-empty')).toBeInTheDocument();
    await user.click(screen.getByTestId('create-api-key'));
    await user.click(await screen.findByTestId('api-key-submit'));
    expect(await screen.findByText('Give the key a name.')).toBeInTheDocument();
    expect(runtime.adminCalls).not.toContain('POST /api/v1/api-keys');
    await user.type(screen.getByTestId('api-key-name'), '  Booking  ');
    await user.click(screen.getByTestId('api-key-submit'));
    await screen.findByTestId('api-key-shown');
    expect(runtime.data.apiKeys[0]).toMatchObject({ name: 'Booking', role: 'viewer' });
  });
});
