import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../studio/e2e/support/browser';
import { e2eEnv } from '../../studio/e2e/support/e2e-env';
import { startHostSite, type HostSite } from './support/host-page';
import { messageBot } from './support/test-bots';
import { openChat, setUpShop, testTheme, type WidgetSetup } from './support/widget-setup';
import { imagePayloads, textPayloads } from './support/xss-payloads';

/** The page's own CSS at its most hostile: everything, everywhere, important. */
const hostileCss = `
* { color: red !important; font-size: 40px !important; font-family: "Comic Sans MS", serif !important;
    line-height: 3 !important; letter-spacing: 4px !important; text-transform: uppercase !important; }
div, p, h2, span { padding: 30px !important; margin: 20px !important; background: yellow !important; }
button { background: lime !important; border: 6px dashed blue !important; width: 300px !important; }
textarea { font-size: 50px !important; }`;

/** Computed styles of a few widget parts, to compare with and without the page's CSS. */
function widgetStyles(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('parley-chat')?.shadowRoot;
    const pick = (selector: string) => {
      const element = root?.querySelector(selector);
      if (!element) return null;
      const s = getComputedStyle(element);
      return [
        s.color,
        s.fontSize,
        s.fontFamily,
        s.lineHeight,
        s.letterSpacing,
        s.textTransform,
        s.backgroundColor,
        s.padding,
        s.width,
        s.borderTopWidth,
      ].join(' | ');
    };
    return {
      launcher: pick('[data-testid="widget-launcher"]'),
      title: pick('.pw-title'),
      bubble: pick('[data-testid="widget-message"]'),
      input: pick('[data-testid="widget-input"]'),
    };
  });
}

describe('web chat widget: isolation and safety', () => {
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

  async function newPage(): Promise<Page> {
    // Without transitions, styles are compared at rest rather than mid-animation.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    return context.newPage();
  }

  it("is not restyled by the page's CSS, and does not restyle the page", async () => {
    const plain = await newPage();
    await plain.goto(shop.site.pageUrl());
    await openChat(plain);
    const expected = await widgetStyles(plain);
    const hostButton = await plain
      .locator('#host-button')
      .evaluate((b) => getComputedStyle(b).position);
    await plain.context().close();

    const hostile = await newPage();
    await hostile.goto(shop.site.pageUrl({ css: hostileCss }));
    await openChat(hostile);
    expect(expected.bubble).not.toBeNull();
    expect(await widgetStyles(hostile)).toEqual(expected);
    // The page's elements that share the widget's class names keep the page's styles.
    expect(hostButton).toBe('static');
    await expect(
      hostile.locator('#host-box').evaluate((box) => getComputedStyle(box).position),
    ).resolves.toBe('static');
    await hostile.context().close();
  });

  it('refuses a website the channel does not allow, with a clear message', async () => {
    const stranger: HostSite = await startHostSite({ channelId: () => shop.channelId });
    try {
      const page = await newPage();
      const starts: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/conversations'))
          starts.push(request.url());
      });
      await page.goto(stranger.pageUrl());
      await page.getByTestId('widget-launcher').click();
      await expect(page.getByTestId('widget-error').textContent()).resolves.toContain(
        'This website is not allowed to use this chat',
      );
      expect(await page.getByTestId('widget-input').count()).toBe(0);
      expect(starts).toEqual([]);
      await page.context().close();
    } finally {
      await stranger.close();
    }
  });

  it('shows hostile bot messages, buttons, links and images as text, running and loading nothing', async () => {
    const xssBot = messageBot('Widget hostile messages', [
      ...textPayloads.map((text) => ({ text })),
      {
        text: 'Buttons:',
        buttons: textPayloads.slice(0, 20).map((label, i) => ({ id: `b${i}`, label })),
      },
      ...chunks(imagePayloads, 4).map((urls) => ({
        images: urls.map((url, i) => ({ url, alt: textPayloads[i] ?? 'image' })),
      })),
      {
        cards: imagePayloads.map((imageUrl, i) => ({
          id: `c${i}`,
          title: textPayloads[i] ?? 'card',
          subtitle: textPayloads[i + 10] ?? 'subtitle',
          imageUrl,
          buttons: [{ id: 'go', label: textPayloads[i + 5] ?? 'go' }],
        })),
      },
      // Last, so that its quick replies are on show.
      {
        text: 'Quick replies:',
        buttonStyle: 'quick-replies',
        buttons: textPayloads.slice(20).map((label, i) => ({ id: `q${i}`, label })),
      },
    ]);
    let channelId = '';
    const site = await startHostSite({ channelId: () => channelId });
    const botId = await shop.api.importAndPublish(xssBot);
    channelId = await shop.api.createChannel(botId, {
      environment: 'staging',
      theme: testTheme,
      allowedOrigins: [site.origin],
      allowedImageHosts: ['images.acme.test'],
    });
    try {
      const page = await newPage();
      const dialogs: string[] = [];
      const strayRequests: string[] = [];
      const allowed = new Set([new URL(e2eEnv.url).host, new URL(site.origin).host]);
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!allowed.has(url.host)) strayRequests.push(request.url());
      });
      await page.goto(site.pageUrl());
      await openChat(page);
      await page.getByTestId('widget-carousel').waitFor();
      await page.waitForTimeout(1_000);

      const shown = await page.evaluate(() => {
        const root = document.querySelector('parley-chat')?.shadowRoot;
        const all = (selector: string) => Array.from(root?.querySelectorAll(selector) ?? []);
        return {
          text: root?.textContent ?? '',
          dangerous: all(
            'script, iframe, object, embed, style, base, meta, link, input, form:not(.pw-composer)',
          ).length,
          images: all('img').map((img) => img.getAttribute('src')),
          links: all('a').map((a) => a.getAttribute('href')),
          buttons: all('[data-testid="widget-button"], [data-testid="widget-quick-reply"]').map(
            (b) => b.textContent,
          ),
        };
      });
      for (const payload of textPayloads) expect(shown.text).toContain(payload);
      expect(shown.buttons).toEqual(expect.arrayContaining(textPayloads));
      expect(shown.dangerous).toBe(0);
      expect(shown.images).toEqual([]);
      expect(shown.links.every((href) => /^https?:\/\//.test(href ?? ''))).toBe(true);
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(strayRequests).toEqual([]);

      // Pressing a hostile button sends it as text and runs nothing either.
      await page.getByTestId('widget-button').first().click();
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(strayRequests).toEqual([]);
      await page.context().close();
    } finally {
      await site.close();
    }
  });
});

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
