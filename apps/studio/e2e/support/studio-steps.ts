import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eEnv } from './e2e-env';

/** Logs in through the form and waits for the bot list. */
export async function logIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-email').fill(e2eEnv.email);
  await page.getByTestId('login-password').fill(e2eEnv.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('bot-table').or(page.getByTestId('bots-empty')).waitFor();
}

/** Creates a blank bot from the bot list and returns its id, read from the page it opens. */
export async function createBot(page: Page, name: string): Promise<string> {
  await page.getByTestId('create-bot').first().click();
  await page.getByTestId('bot-name-input').fill(name);
  await page.getByTestId('bot-name-submit').click();
  await page.waitForURL(/\/bots\/[^/]+\/flows$/);
  const id = /\/bots\/([^/]+)\/flows$/.exec(new URL(page.url()).pathname)?.[1];
  expect(id).toBeTruthy();
  return id ?? '';
}
