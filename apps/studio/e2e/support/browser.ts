import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { e2eEnv } from './e2e-env';

/** Debian's Chromium, headless, with nothing running in the background that could make a run flaky. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: e2eEnv.chromium,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (no cookie, no stored language) at a laptop's size, in English. */
export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: e2eEnv.url,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    deviceScaleFactor: 1,
  });
}

/** Saves what the page shows as test-results/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Let transitions (modals, menus, notifications) finish so the picture shows a resting state;
  // spinners never finish, so give up waiting after a while.
  await page
    .waitForFunction(
      () => document.getAnimations().every((animation) => animation.playState !== 'running'),
      undefined,
      { timeout: 2_000, polling: 100 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(e2eEnv.results, `${name}.png`) });
}
