import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../../auth/session-store';
import { createFakeRuntime } from '../../testing/fake-runtime';
import { renderStudio } from '../../testing/render-studio';

describe('log-in', () => {
  it('sends a visitor without a session to the log-in page, remembering where they were going', async () => {
    const { router } = renderStudio(createFakeRuntime(), '/bots/abc/versions');
    await screen.findByTestId('login-email');
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/bots/abc/versions')}`);
  });

  it('shows a wrong password as an error and keeps the form', async () => {
    renderStudio(createFakeRuntime(), '/login');
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('login-email'), 'ana@shop.test');
    await user.type(screen.getByTestId('login-password'), 'nope');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The email or password is not right.',
    );
    expect(screen.getByTestId('login-email')).toHaveValue('ana@shop.test');
  });

  it('checks the fields before asking the server', async () => {
    const runtime = createFakeRuntime();
    renderStudio(runtime, '/login');
    await userEvent.setup().click(await screen.findByTestId('login-submit'));
    expect(await screen.findByText('Enter your password')).toBeInTheDocument();
    expect(runtime.calls).not.toContain('POST /api/v1/auth/login');
  });

  it('signs in and goes to the page asked for, with the token in memory only', async () => {
    const runtime = createFakeRuntime();
    const { router } = renderStudio(runtime, `/login?next=${encodeURIComponent('/')}`);
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('login-email'), 'ana@shop.test');
    await user.type(screen.getByTestId('login-password'), 'correct horse battery');
    await user.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByTestId('bots-empty')).toBeInTheDocument();
    expect(useSessionStore.getState().accessToken).toMatch(/^token-/);
    expect(JSON.stringify(localStorage)).not.toContain('token-');
  });

  it('keeps the session across a reload through the refresh cookie', async () => {
    const runtime = createFakeRuntime({ signedIn: true });
    runtime.addBot('Order status');
    renderStudio(runtime, '/');
    expect(await screen.findByText('Order status')).toBeInTheDocument();
    expect(runtime.calls[0]).toBe('POST /api/v1/auth/refresh');
  });
});
