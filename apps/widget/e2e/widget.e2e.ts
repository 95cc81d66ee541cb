import { createRequire } from 'node:module';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../../studio/e2e/support/browser';
import { e2eEnv } from '../../studio/e2e/support/e2e-env';
import {
  bubbleTexts,
  focused,
  focusedTestId,
  openChat,
  say,
  setUpShop,
  type WidgetSetup,
} from './support/widget-setup';

const require = createRequire(import.meta.url);

describe('web chat widget', () => {
  let browser: Browser;
  let shop: WidgetSetup;

  beforeAll(async () => {
    browser = await launchBrowser();
    shop = await setUpShop();
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.site.close();
  });

  async function shopPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'en-US', deviceScaleFactor: 1 });
    return context.newPage();
  }

  /** Runs the order-status conversation up to the question after the tracking card. */
  async function trackOrder(page: Page): Promise<void> {
    await say(page, 'AB123456');
    await page.getByText('has shipped').waitFor();
    await page.getByTestId('widget-quick-reply').first().waitFor();
  }

  it('holds a whole conversation with quick replies and buttons, to its end', async () => {
    const page = await shopPage();
    await page.goto(shop.site.pageUrl());
    await openChat(page);
    await expect(page.getByTestId('widget-greeting').textContent()).resolves.toBe(
      'Hi there! Ask me about your order.',
    );
    expect((await bubbleTexts(page)).join(' ')).toContain("I'm the order assistant");
    expect(await focusedTestId(page)).toBe('widget-input');

    await trackOrder(page);
    await expect(page.getByTestId('widget-card').textContent()).resolves.toContain(
      'DHL · JD014600003SE',
    );
    const replies = await page.getByTestId('widget-quick-reply').allTextContents();
    expect(replies).toEqual(['Check another order', 'Talk to an agent', "No, that's all"]);

    await page.getByTestId('widget-quick-reply').filter({ hasText: "No, that's all" }).click();
    await page.getByText('How did I do today?').waitFor();
    // Quick replies go once answered; the customer's choice shows as their message.
    expect(await page.getByTestId('widget-quick-reply').count()).toBe(0);
    expect(await bubbleTexts(page)).toContain("No, that's all");
    await page.getByTestId('widget-button').filter({ hasText: '5 ★' }).click();
    await page.getByText('Thanks for shopping with us. Goodbye!').waitFor();
    await page.getByTestId('widget-new-conversation').waitFor();
    expect(await page.getByTestId('widget-input').count()).toBe(0);
    await page.context().close();
  });

  it('keeps the conversation across a reload', async () => {
    const page = await shopPage();
    await page.goto(shop.site.pageUrl());
    await openChat(page);
    await trackOrder(page);
    const before = await bubbleTexts(page);

    const starts: string[] = [];
    page.on('request', (request: Request) => {
      if (request.method() === 'POST' && request.url().endsWith('/conversations'))
        starts.push(request.url());
    });
    await page.reload();
    await openChat(page);
    await page.getByTestId('widget-quick-reply').first().waitFor();
    expect(await bubbleTexts(page)).toEqual(before);
    expect(starts).toEqual([]);

    await page.getByTestId('widget-quick-reply').filter({ hasText: 'Check another order' }).click();
    await expect
      .poll(async () => (await bubbleTexts(page)).filter((t) => t.includes('order number')).length)
      .toBe(2);
    await page.context().close();
  });

  it('can be used with the keyboard alone', async () => {
    const page = await shopPage();
    await page.goto(shop.site.pageUrl());
    await page.getByTestId('widget-launcher').waitFor();
    for (let i = 0; i < 10 && (await focusedTestId(page)) !== 'widget-launcher'; i++)
      await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('widget-launcher');
    await page.keyboard.press('Enter');
    await page.getByTestId('widget-message').first().waitFor();
    expect(await focusedTestId(page)).toBe('widget-input');

    await page.keyboard.type('AB123456');
    await page.keyboard.press('Enter');
    await page.getByTestId('widget-quick-reply').first().waitFor();
    // The suggested replies come right before the composer in the tab order.
    expect(await focusedTestId(page)).toBe('widget-input');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toEqual({ testId: 'widget-quick-reply', text: "No, that's all" });
    await page.keyboard.press('Enter');
    await page.getByText('How did I do today?').waitFor();

    await page.keyboard.press('Escape');
    await page.getByTestId('widget-window').waitFor({ state: 'detached' });
    await expect.poll(() => focusedTestId(page)).toBe('widget-launcher');
    await page.context().close();
  });

  it('speaks Chinese on a Chinese page', async () => {
    const page = await shopPage();
    await page.goto(shop.site.pageUrl({ lang: 'zh-CN' }));
    await openChat(page);
    await expect(page.getByTestId('widget-input').getAttribute('placeholder')).resolves.toBe(
      '输入消息…',
    );
    expect((await bubbleTexts(page)).join(' ')).toContain('我是订单助手');
    await page.context().close();
  });

  it('has no serious or critical accessibility problem (axe)', async () => {
    const page = await shopPage();
    await page.goto(shop.site.pageUrl());
    await openChat(page);
    await trackOrder(page);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: AxeApi }).axe;
      const result = await axe.run({ include: [['parley-chat']] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('looks right on the demo page, on a laptop and on a phone', async () => {
    for (const [name, viewport] of [
      ['widget', { width: 1280, height: 800 }],
      ['widget-mobile', { width: 375, height: 740 }],
    ] as const) {
      const page = await shopPage(viewport);
      await page.goto(`${e2eEnv.url}/demo/${shop.channelId}`);
      await openChat(page);
      await trackOrder(page);
      if (name === 'widget-mobile') {
        const chatWindow = page.getByTestId('widget-window');
        // Measured once its opening animation (a slight rise and scale) has finished.
        await chatWindow.evaluate((element) =>
          Promise.all(element.getAnimations().map((animation) => animation.finished)),
        );
        const box = await chatWindow.boundingBox();
        expect(box).toMatchObject({ x: 0, y: 0, width: 375, height: 740 });
      }
      await page.getByTestId('widget-input').fill('Can I change the delivery address?');
      await screenshot(page, name);
      await page.context().close();
    }
  });
});

interface AxeApi {
  run(context: unknown): Promise<{
    violations: { id: string; help: string; impact?: string; nodes: unknown[] }[];
  }>;
}
