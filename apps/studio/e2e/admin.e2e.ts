import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAs, openAdminPage, pickOption, signOut } from './support/admin-steps';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { e2eEnv } from './support/e2e-env';

describe('administration', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  // Unique per run, so the file can run again on a database that still has the last run's data.
  const run = Date.now().toString(36);
  const viewer = { email: `viewer-${run}@parley.test`, password: 'viewer-password-0123' };
  const keyName = `Order system ${run}`;
  const secret = { name: `CRM_TOKEN_${run.toUpperCase()}`, value: `crm-e2e-secret-${run}-9876` };

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = await context.newPage();
    await logInAs(page, e2eEnv.email, e2eEnv.password);
  });
  afterAll(() => browser.close());

  it('an admin opens Administration and adds a viewer through the Users page', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('admin-entry').click();
    await page.getByTestId('user-table').waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users');

    await page.getByTestId('add-user').click();
    await page.getByTestId('new-user-email').fill(viewer.email);
    await page.getByTestId('new-user-password').fill('too short');
    await page.getByTestId('new-user-submit').click();
    await page.getByText('The password needs at least 12 characters.').waitFor();
    await page.getByTestId('new-user-name').fill('Vera Viewer');
    await page.getByTestId('new-user-password').fill(viewer.password);
    await pickOption(page, 'new-user-role', 'Viewer');
    await screenshot(page, 'admin-add-user');
    await page.getByTestId('new-user-submit').click();

    const row = page.locator(`[data-testid="user-row"][data-email="${viewer.email}"]`);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Viewer');
    await screenshot(page, 'admin-users');
  });

  it('an API key is shown once', async () => {
    await openAdminPage(page, 'api-keys');
    await page.getByTestId('create-api-key').first().click();
    await page.getByTestId('api-key-name').fill(keyName);
    await pickOption(page, 'api-key-role', 'Editor');
    await page.getByTestId('api-key-submit').click();

    const secretText = page.getByTestId('api-key-secret');
    await secretText.waitFor();
    const key = (await secretText.textContent()) ?? '';
    expect(key).toMatch(/^pk_[A-Za-z0-9_-]{40,}$/);
    await page.getByTestId('api-key-copy').click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(key);
    await screenshot(page, 'api-key-shown-once');

    await page.getByTestId('api-key-done').click();
    await page.getByTestId('api-key-shown').waitFor({ state: 'detached' });
    const row = page.locator(`[data-testid="api-key-row"][data-name="${keyName}"]`);
    await row.waitFor();
    await expect(row.getByTestId('api-key-prefix').textContent()).resolves.toBe(
      `${key.slice(0, 9)}…`,
    );
    expect(await page.content()).not.toContain(key);
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(key);
    await screenshot(page, 'admin-api-keys');

    await row.getByTestId('api-key-revoke').click();
    await page.getByTestId('revoke-api-key-confirm').click();
    await page
      .locator(`[data-testid="api-key-row"][data-name="${keyName}"][data-revoked="true"]`)
      .waitFor();
    expect(await row.getByTestId('api-key-revoke').count()).toBe(0);
  });

  it('a secret created appears masked, and its value is never on the page', async () => {
    await openAdminPage(page, 'secrets');
    await page.getByTestId('create-secret').first().click();
    await page.getByTestId('secret-name').fill('1 bad name');
    await page.getByTestId('secret-submit').click();
    await page.getByText('Use 1 to 64 letters, digits or underscores').waitFor();
    await page.getByTestId('secret-name').fill(secret.name);
    const value = page.getByTestId('secret-value');
    await value.fill(secret.value);
    expect(await value.getAttribute('type')).toBe('password');
    await page.getByTestId('secret-value-reveal').click();
    expect(await value.getAttribute('type')).toBe('text');
    await page.getByTestId('secret-submit').click();

    const row = page.locator(`[data-testid="secret-row"][data-name="${secret.name}"]`);
    await row.waitFor();
    const masked = (await row.getByTestId('secret-masked').textContent()) ?? '';
    expect(masked.startsWith('••••')).toBe(true);
    expect(masked).not.toContain(secret.value.slice(0, 8));
    expect(await page.content()).not.toContain(secret.value);
    await screenshot(page, 'admin-secrets');
  });

  it('the audit log shows the user creation and filters by action', async () => {
    // A fresh load, so no notification from the steps before covers the picture.
    await page.goto('/admin/audit');
    await page.getByTestId('audit-table').waitFor();
    const actions = await page
      .getByTestId('audit-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')));
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.login',
        'user.created',
        'api_key.created',
        'api_key.revoked',
        'secret.created',
      ]),
    );
    // Newest first: the secret was stored after the user was added.
    expect(actions.indexOf('secret.created')).toBeLessThan(actions.indexOf('user.created'));

    const created = page.locator('[data-testid="audit-row"][data-action="user.created"]').first();
    await created.getByTestId('audit-row-toggle').click();
    await expect(page.getByTestId('audit-details').first().textContent()).resolves.toContain(
      viewer.email,
    );
    await screenshot(page, 'audit-log');

    await pickOption(page, 'audit-filter-action', /user\.created/);
    await page.waitForURL(/action=user\.created/);
    await page
      .locator('[data-testid="audit-row"]:not([data-action="user.created"])')
      .first()
      .waitFor({ state: 'detached' });
    // The filtered page may still be loading once the others are gone.
    await page.locator('[data-testid="audit-row"][data-action="user.created"]').first().waitFor();
    const filtered = await page
      .getByTestId('audit-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')));
    expect(filtered.length).toBeGreaterThan(0);
    expect(new Set(filtered)).toEqual(new Set(['user.created']));
    await screenshot(page, 'audit-log-filtered');
  });

  it('reads in Chinese', async () => {
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByText('审计日志').first().waitFor();
    await openAdminPage(page, 'users');
    await page.getByText('添加用户').first().waitFor();
    await screenshot(page, 'admin-users-chinese');
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Add user').first().waitFor();
  });

  it('a viewer cannot reach admin pages', async () => {
    await signOut(page);
    const viewerContext = await newContext(browser);
    try {
      const viewerPage = await viewerContext.newPage();
      await logInAs(viewerPage, viewer.email, viewer.password);
      await viewerPage.getByTestId('user-menu').click();
      await viewerPage.getByRole('menuitem', { name: 'Sign out' }).waitFor();
      expect(await viewerPage.getByTestId('admin-entry').count()).toBe(0);
      await viewerPage.keyboard.press('Escape');

      await viewerPage.goto('/admin/users');
      const refusal = viewerPage.getByTestId('admin-forbidden');
      await refusal.waitFor();
      await expect(refusal.textContent()).resolves.toContain('Only admins can see this page');
      expect(await viewerPage.locator('.mantine-Notification-root').count()).toBe(0);
      expect(await viewerPage.getByTestId('user-table').count()).toBe(0);
      await screenshot(viewerPage, 'admin-forbidden');
    } finally {
      await viewerContext.close();
    }
  });
});
