import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { createBot, logIn } from './support/studio-steps';

describe('studio shell', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let botId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
  });
  afterAll(() => browser.close());

  it('logs in, after refusing a wrong password', async () => {
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await page.getByTestId('login-email').fill('ana@parley.test');
    await page.getByTestId('login-password').fill('not the password');
    await page.getByTestId('login-submit').click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('not right');
    await screenshot(page, 'login-error');
    await logIn(page);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('lists the example bots with their versions and environments', async () => {
    await page.getByTestId('bot-row').first().waitFor();
    const names = await page
      .getByTestId('bot-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-bot-name')));
    expect(names.length).toBeGreaterThanOrEqual(2);
    await expect(page.getByTestId('bot-table').textContent()).resolves.toContain('production · v1');
    await screenshot(page, 'bot-list');
  });

  it('opens an example bot on its canvas and shows its variables', async () => {
    await page.getByRole('link', { name: 'Order status', exact: true }).click();
    await page.getByTestId('flow-editor').waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    await screenshot(page, 'example-canvas');
    await page.getByTestId('nav-variables').click();
    await expect(page.getByTestId('variables-table').textContent()).resolves.toContain('orderId');
    await screenshot(page, 'example-variables');
    await page.goto('/');
  });

  it('creates a bot and opens it', async () => {
    botId = await createBot(page, 'E2E shell bot');
    await expect(page.getByTestId('bot-title').textContent()).resolves.toBe('E2E shell bot');
    await page.getByTestId('flow-editor').waitFor();
  });

  it('keeps the session across a reload (refresh cookie, token in memory)', async () => {
    await page.reload();
    await page.getByTestId('bot-title').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/bots/${botId}/flows`);
  });

  it('shows the variables, intents and settings of the draft', async () => {
    await page.getByTestId('nav-variables').click();
    await page.getByTestId('variables-table').waitFor();
    await expect(page.getByTestId('variables-table').textContent()).resolves.toContain('reply');
    await screenshot(page, 'variables');
    await page.getByTestId('nav-intents').click();
    await page.getByTestId('intents-empty').waitFor();
    await screenshot(page, 'intents');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-view').waitFor();
    await screenshot(page, 'settings');
  });

  it('publishes the draft as version 1', async () => {
    await page.getByTestId('nav-versions').click();
    await page.getByTestId('versions-empty').waitFor();
    await screenshot(page, 'versions-empty');
    await page.getByTestId('publish').click();
    await page.getByTestId('publish-note').fill('First version from the studio');
    await page.getByTestId('publish-confirm').click();
    await page.getByTestId('publish-success').waitFor();
    await page.getByTestId('publish-success-close').click();
    await page.getByTestId('version-row').waitFor();
    await expect(page.getByTestId('version-table').textContent()).resolves.toContain(
      'First version from the studio',
    );
    await screenshot(page, 'versions');
  });

  it('renames and deletes a bot from the list', async () => {
    await page.goto('/');
    const row = page.locator('[data-testid="bot-row"][data-bot-name="E2E shell bot"]');
    await row.getByTestId('bot-row-menu').click();
    await page.getByRole('menuitem', { name: 'Rename' }).click();
    await page.getByTestId('bot-name-input').fill('E2E renamed bot');
    await page.getByTestId('bot-name-submit').click();
    const renamed = page.locator('[data-testid="bot-row"][data-bot-name="E2E renamed bot"]');
    await renamed.waitFor();
    await renamed.getByTestId('bot-row-menu').click();
    await page.getByTestId('bot-delete').click();
    await screenshot(page, 'delete-confirm');
    await page.getByTestId('delete-confirm').click();
    await renamed.waitFor({ state: 'detached' });
  });

  it('switches to Chinese and remembers it after a reload', async () => {
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByText('新建机器人').waitFor();
    await page.reload();
    await page.getByText('新建机器人').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await screenshot(page, 'bot-list-chinese');
  });
});
