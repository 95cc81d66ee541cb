import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { waitSaved } from './support/canvas-steps';
import { logIn } from './support/studio-steps';

/** Intents of the shop the pictures show: English and Chinese examples, as customers write them. */
const shopIntents: { name: string; description: string; en: string[]; zh: string[] }[] = [
  {
    name: 'track_order',
    description: 'Where an order is and when it arrives',
    en: [
      'Where is my order?',
      'track my parcel',
      'has my package shipped yet',
      'when will my order arrive',
      'order status for A12345',
    ],
    zh: ['我的订单到哪了', '快递什么时候到', '帮我查一下物流', '订单还没发货吗', '查询订单 A12345'],
  },
  {
    name: 'return_item',
    description: 'Returns, refunds and exchanges',
    en: [
      'I want to return this',
      'how do I send it back',
      'can I get a refund',
      'the shoes are too small',
    ],
    zh: ['我要退货', '怎么申请退款', '衣服尺码不合适想换', '收到的商品坏了'],
  },
  {
    name: 'change_address',
    description: 'A new delivery address for an open order',
    en: [
      'change my delivery address',
      'I moved, update the address',
      'ship it to my office instead',
    ],
    zh: ['修改收货地址', '地址填错了', '改成送到公司'],
  },
  {
    name: 'product_question',
    description: 'Questions about a product before buying',
    en: ['is this jacket waterproof', 'do you have it in blue', 'what size should I get'],
    zh: ['这件外套防水吗', '有蓝色的吗', '我应该买什么尺码'],
  },
];

describe('bot data pages', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let botId = '';
  let authorization = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    // The access token lives in the page's memory; borrow it from the page's own API calls.
    page.on('request', (request) => {
      const header = request.headers().authorization;
      if (header) authorization = header;
    });
    await logIn(page);
    botId = await importShop(page);
  });
  afterAll(() => browser.close());

  it('an intent added with Chinese examples is saved', async () => {
    await page.getByTestId('nav-intents').click();
    await page.getByTestId('intents-empty').waitFor();
    await addIntent(page, shopIntents[0]!);
    await expect(page.getByTestId('bulk-result').textContent()).resolves.toContain('Added 5');
    await waitSaved(page);

    await page.reload();
    await page.getByTestId('intent-detail').waitFor();
    await page.getByTestId('locale-tab-zh-CN').click();
    const list = page.getByTestId('utterance-list');
    await expect(list.textContent()).resolves.toContain('帮我查一下物流');
    await expect(page.getByTestId('utterance-count').textContent()).resolves.toBe('5 examples');

    const draft = await page.request.get(`/api/v1/bots/${botId}/draft`, {
      headers: { authorization },
    });
    expect(draft.ok()).toBe(true);
    const body = (await draft.json()) as { document: { intents: unknown[] } };
    expect(body.document.intents).toContainEqual(
      expect.objectContaining({
        name: 'track_order',
        utterances: { en: shopIntents[0]!.en, 'zh-CN': shopIntents[0]!.zh },
      }),
    );
  });

  it('shows a shop with several intents in English and Chinese', async () => {
    for (const intent of shopIntents.slice(1)) await addIntent(page, intent);
    await waitSaved(page);
    await page.locator('[data-testid="intent-row"][data-intent="track_order"]').click();
    await page.getByTestId('locale-tab-zh-CN').click();
    await page.getByTestId('utterance-list').waitFor();
    await screenshot(page, 'bot-data-intents');
  });

  it('keeps a list entity with Chinese synonyms and tries a pattern', async () => {
    await page.getByTestId('nav-entities').click();
    await page.getByTestId('entity-create').click();
    await page.getByTestId('entity-name-input').fill('delivery_option');
    await page.getByTestId('entity-detail-input').fill('express');
    await page.getByTestId('entity-name-submit').click();
    const synonyms = page.getByTestId('entity-synonyms-zh-CN');
    await synonyms.fill('加急');
    await synonyms.press('Enter');
    await synonyms.fill('次日达');
    await synonyms.press('Enter');
    await page.getByTestId('entity-value-input').fill('standard');
    await page.getByTestId('entity-value-input').press('Enter');
    await waitSaved(page);
    await page.reload();
    await expect(page.getByTestId('entity-values').textContent()).resolves.toContain('次日达');
    await screenshot(page, 'bot-data-entities');
  });

  it('creates a variable and sees it after a reload', async () => {
    await page.getByTestId('nav-variables').click();
    await page.getByTestId('variable-create').click();
    await page.getByTestId('variable-name').fill('deliveryOptions');
    await page.getByTestId('variable-type').click();
    await page.getByRole('option', { name: 'List' }).click();
    await page.getByTestId('variable-default').fill('{"oops"');
    await page.getByTestId('variable-submit').click();
    await page.getByText('This is not valid JSON').waitFor();
    await page.getByTestId('variable-default').fill('["standard", "express"]');
    await page.getByTestId('variable-description').fill('Delivery options offered at checkout');
    await page.getByTestId('variable-submit').click();
    await waitSaved(page);
    await page.reload();
    const row = page.locator('[data-testid="variable-row"][data-variable="deliveryOptions"]');
    await expect(row.textContent()).resolves.toContain('["standard","express"]');
    const used = page.locator(
      '[data-testid="variable-row"][data-variable="orderId"] [data-testid="used-by"]',
    );
    expect(Number(await used.getAttribute('data-count'))).toBeGreaterThan(0);
    await screenshot(page, 'bot-data-variables');
  });

  it('changes settings and keeps them after a reload', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-threshold').fill('0.75');
    await page.getByTestId('settings-timezone').click();
    await page.getByTestId('settings-timezone').fill('Shanghai');
    await page.getByRole('option', { name: 'Asia/Shanghai' }).click();
    await page
      .getByTestId('settings-persona')
      .fill('You are Mia, the assistant of Acme Shop. Answer briefly and kindly.');
    await page.getByTestId('settings-inactivity').fill('0');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('settings-invalid').waitFor();
    await page.getByTestId('settings-inactivity').fill('45');
    await page.getByTestId('settings-save').click();
    await waitSaved(page);
    await page.reload();
    await expect(page.getByTestId('settings-threshold').inputValue()).resolves.toBe('0.75');
    await expect(page.getByTestId('settings-timezone').inputValue()).resolves.toBe('Asia/Shanghai');
    await expect(page.getByTestId('settings-inactivity').inputValue()).resolves.toBe('45 min');
    await screenshot(page, 'bot-data-settings');
  });

  it('works in Chinese', async () => {
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByTestId('nav-intents').click();
    await page.getByText('新建意图').first().waitFor();
    await page.locator('[data-testid="intent-row"][data-intent="return_item"]').click();
    await page.getByTestId('locale-tab-zh-CN').click();
    await expect(page.getByTestId('utterance-count').textContent()).resolves.toBe('4 条示例');
    await screenshot(page, 'bot-data-intents-chinese');
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
  });
});

/** Imports the order-status example under its own name, so other tests' bot stays as shipped. */
async function importShop(page: Page): Promise<string> {
  const file = join(import.meta.dirname, '../../../examples/bots/order-status.json');
  const document = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const shop = { ...document, id: 'acme-shop', name: 'Acme Shop' };
  await page.locator('input[type="file"]').setInputFiles({
    name: 'acme-shop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(shop)),
  });
  const row = page.locator('[data-testid="bot-row"][data-bot-name="Acme Shop"]');
  await row.getByRole('link', { name: 'Acme Shop' }).click();
  await page.waitForURL(/\/bots\/[^/]+\/flows$/);
  const id = /\/bots\/([^/]+)\/flows$/.exec(new URL(page.url()).pathname)?.[1];
  expect(id).toBeTruthy();
  return id ?? '';
}

/** Creates an intent and pastes its English and Chinese examples. */
async function addIntent(page: Page, intent: (typeof shopIntents)[number]) {
  await page.getByTestId('intent-create').first().click();
  await page.getByTestId('intent-name-input').fill(intent.name);
  await page.getByTestId('intent-name-submit').click();
  await page.locator(`[data-testid="intent-detail"][data-intent="${intent.name}"]`).waitFor();
  await page.getByTestId('intent-description').fill(intent.description);
  await page.getByTestId('intent-description').press('Tab');
  for (const [locale, lines] of [
    ['en', intent.en],
    ['zh-CN', intent.zh],
  ] as const) {
    await page.getByTestId(`locale-tab-${locale}`).click();
    await page.getByTestId('bulk-paste-open').click();
    await page.getByTestId('bulk-paste-input').fill(lines.join('\n'));
    await page.getByTestId('bulk-paste-submit').click();
    await page.getByTestId('bulk-result').waitFor();
  }
}
