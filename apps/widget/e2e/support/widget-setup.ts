import type { Page } from 'playwright-core';
import { startHostSite, type HostSite } from './host-page';
import { adminApi } from './parley-api';
import { orderStatusBot, ordersApi } from './test-bots';

/** The channel look the tests use: a title, a greeting, Parley's indigo. */
export const testTheme = {
  primaryColor: '#4F46E5',
  title: 'Acme support',
  greeting: { en: 'Hi there! Ask me about your order.', 'zh-CN': '您好！有订单问题尽管问我。' },
  position: 'right',
};

export interface WidgetSetup {
  site: HostSite;
  channelId: string;
  botId: string;
  api: Awaited<ReturnType<typeof adminApi>>;
}

/**
 * A shop website on its own origin, the order-status bot (asking the shop's
 * stand-in order system) published to staging, and a web channel for it that
 * allows the shop's origin.
 */
export async function setUpShop(): Promise<WidgetSetup> {
  const api = await adminApi();
  let channelId = '';
  const site = await startHostSite({ channelId: () => channelId, api: ordersApi });
  const botId = await api.importAndPublish(orderStatusBot(site.origin));
  channelId = await api.createChannel(botId, {
    environment: 'staging',
    name: 'Acme website',
    theme: testTheme,
    allowedOrigins: [site.origin],
    allowedImageHosts: [],
  });
  return { site, channelId, botId, api };
}

/** Opens the widget with its launcher and waits for the bot's first words. */
export async function openChat(page: Page): Promise<void> {
  await page.getByTestId('widget-launcher').click();
  await page.getByTestId('widget-window').waitFor();
  const error = page.getByTestId('widget-error');
  await page.getByTestId('widget-message').first().or(error).waitFor();
  if (await error.isVisible()) throw new Error(`the widget says: ${await error.textContent()}`);
}

/** Types a message into the composer and sends it with Enter. */
export async function say(page: Page, text: string): Promise<void> {
  await page.getByTestId('widget-input').fill(text);
  await page.getByTestId('widget-input').press('Enter');
}

/** The texts of the message bubbles, in order. */
export function bubbleTexts(page: Page): Promise<string[]> {
  return page
    .getByTestId('widget-message')
    .evaluateAll((bubbles) => bubbles.map((bubble) => bubble.textContent ?? ''));
}

/** Where the keyboard focus is, looking through the widget's shadow root: its test id and text. */
export function focused(page: Page): Promise<{ testId: string | null; text: string }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return { testId: active?.getAttribute('data-testid') ?? null, text: active?.textContent ?? '' };
  });
}

/** The test id of the focused element. */
export async function focusedTestId(page: Page): Promise<string | null> {
  return (await focused(page)).testId;
}
