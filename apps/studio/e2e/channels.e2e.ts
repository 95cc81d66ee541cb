import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { e2eEnv } from './support/e2e-env';
import { logIn } from './support/studio-steps';

describe('web channel', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  // Unique per run, so the file can run again on a database that still has the last run's data.
  const run = Date.now().toString(36);
  const origin = `https://shop-${run}.example.com`;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = await context.newPage();
    await logIn(page);
  });
  afterAll(() => browser.close());

  it('enables a web channel for staging on the Order status bot, themes it and allows a website', async () => {
    await page.getByRole('link', { name: 'Order status', exact: true }).click();
    await page.getByTestId('nav-channels').click();
    await page.getByTestId('enable-channel').first().click();
    await page.getByTestId('enable-channel-environment').click();
    await page.getByRole('option', { name: /^staging/ }).click();
    await page.getByTestId('enable-channel-confirm').click();
    await page.getByTestId('channel-editor').waitFor();
    const row = page.locator('[data-testid="channel-row"][data-selected]');
    await expect(row.textContent()).resolves.toContain('staging');
    await expect(row.getByTestId('channel-status').textContent()).resolves.toBe('On');

    await page.getByTestId('channel-color').fill('#0ca678');
    await page.getByTestId('channel-title').fill('Order help');
    await page.getByTestId('channel-greeting-en').fill('Hi! Ask me about your order.');
    await page.getByTestId('channel-position').getByText('Bottom left').click();
    // A path is refused beside the field; the bare origin is taken.
    await page.getByTestId('channel-origins-input').fill(`${origin}/checkout`);
    await page.getByTestId('channel-origins-add').click();
    await page.getByText('scheme, host and port only', { exact: false }).waitFor();
    await page.getByTestId('channel-origins-input').fill(origin);
    await page.getByTestId('channel-origins-input').press('Enter');
    await expect(page.getByTestId('channel-origins-list').textContent()).resolves.toContain(origin);
    await expect(page.getByTestId('widget-preview-title').textContent()).resolves.toBe(
      'Order help',
    );
    await page.getByTestId('channel-save').click();
    await page.getByText('Channel saved').first().waitFor();
    // Saved: nothing left to save.
    await page.locator('[data-testid="channel-save"]:disabled').waitFor();
    // The picture shows the list, the form and the preview, not the notifications over them.
    await page.getByText('Channel saved').waitFor({ state: 'hidden', timeout: 10_000 });
    await page.getByTestId('channel-list').scrollIntoViewIfNeeded();
    await screenshot(page, 'channels');

    // What was saved is what the widget will read.
    const channelId = new URL(page.url()).searchParams.get('channel') ?? '';
    expect(channelId).toMatch(/^[0-9a-f-]{36}$/);
    const config = await page.request.get(`/api/v1/channels/${channelId}/widget`, {
      headers: { origin },
    });
    expect(config.status()).toBe(200);
    expect(config.headers()['access-control-allow-origin']).toBe(origin);
    expect(await config.json()).toMatchObject({
      environment: 'staging',
      theme: {
        primaryColor: '#0ca678',
        title: 'Order help',
        greeting: { en: 'Hi! Ask me about your order.' },
        position: 'left',
      },
    });
  });

  it('copies the embed snippet and opens the demo page', async () => {
    const channelId = new URL(page.url()).searchParams.get('channel') ?? '';
    const expected = `<script src="${e2eEnv.url}/widget.js" data-channel="${channelId}" async></script>`;
    await expect(page.getByTestId('embed-snippet').textContent()).resolves.toBe(expected);
    await page.getByTestId('embed-copy').click();
    await page.getByTestId('embed-copy').getByText('Copied').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(expected);

    const [demo] = await Promise.all([
      context.waitForEvent('page'),
      page.getByTestId('demo-link').click(),
    ]);
    await demo.waitForLoadState('domcontentloaded');
    await expect(demo.title()).resolves.toBe('Order status — demo');
    const script = demo.locator(`script[data-channel="${channelId}"]`);
    await expect(script.getAttribute('src')).resolves.toBe('/widget.js');
    await demo.close();
  });
});
