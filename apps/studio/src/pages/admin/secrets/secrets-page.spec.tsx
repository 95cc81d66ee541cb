import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStudio } from '../../../testing/render-studio';
import { createFakeAdminRuntime } from '../testing/fake-admin-runtime';

describe('secrets page', () => {
  it('stores a secret typed in a hidden field and lists it masked', async () => {
    const runtime = createFakeAdminRuntime();
    renderStudio(runtime, '/admin/secrets');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('create-secret'));
    await user.type(await screen.findByTestId('secret-name'), '9lives');
    await user.click(screen.getByTestId('secret-submit'));
    expect(await screen.findByText(/Use 1 to 64 letters/)).toBeInTheDocument();

    await user.clear(screen.getByTestId('secret-name'));
    await user.type(screen.getByTestId('secret-name'), 'CRM_TOKEN');
    const value = screen.getByTestId('secret-value');
    await user.type(value, 'crm-live-0123456789');
    expect(value).toHaveAttribute('type', 'password');
    await user.click(screen.getByTestId('secret-value-reveal'));
    expect(value).toHaveAttribute('type', 'text');
    await user.click(screen.getByTestId('secret-submit'));

    const row = await screen.findByTestId('secret-row');
    expect(within(row).getByTestId('secret-masked')).toHaveTextContent('••••6789');
    expect(document.body.textContent).not.toContain('crm-live-0123456789');
  });
});
