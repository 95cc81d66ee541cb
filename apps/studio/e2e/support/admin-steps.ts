import type { Page } from 'playwright-core';

/** Logs in through the form as anyone, and waits for the bot list. */
export async function logInAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('bot-table').or(page.getByTestId('bots-empty')).waitFor();
}

/** Opens an admin page through the side navigation, waiting for its list (or empty state). */
export async function openAdminPage(
  page: Page,
  section: 'users' | 'api-keys' | 'secrets' | 'audit',
): Promise<void> {
  await page.getByTestId(`admin-nav-${section}`).click();
  await page.waitForURL(new RegExp(`/admin/${section}`));
  const ready = {
    users: page.getByTestId('user-table'),
    'api-keys': page.getByTestId('api-key-table').or(page.getByTestId('api-keys-empty')),
    secrets: page.getByTestId('secret-table').or(page.getByTestId('secrets-empty')),
    audit: page.getByTestId('audit-table').or(page.getByTestId('audit-empty')),
  }[section];
  await ready.waitFor();
}

/** Picks an option of a Mantine select or autocomplete by its visible text. */
export async function pickOption(page: Page, testId: string, option: string | RegExp) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).click();
}

/** Signs out through the user menu and waits for the log-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login/);
}
