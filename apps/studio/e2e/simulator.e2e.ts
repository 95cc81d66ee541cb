import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { e2eEnv } from './support/e2e-env';
import { logIn } from './support/studio-steps';

/** The order system the bot's look-up calls: a tiny server that knows one shipped order. */
async function startOrderSystem(): Promise<{ server: Server; url: string; auth: string[] }> {
  const auth: string[] = [];
  const server = createServer((request, response) => {
    auth.push(request.headers.authorization ?? '');
    const found = /\/api\/orders\/AB123456$/.test(request.url ?? '');
    response.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify(
        found
          ? { status: 'shipped', estimatedDelivery: 'Tuesday 2 December', carrier: 'DHL' }
          : { error: 'not found' },
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, auth };
}

describe('simulator', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let orders: Awaited<ReturnType<typeof startOrderSystem>>;
  let token = '';
  let botId = '';
  const run = Date.now().toString(36);
  const secretValue = `sk-orders-${run}-do-not-show`;

  const api = async (method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) => {
    const response = await page.request.fetch(`/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}` },
      ...(data === undefined ? {} : { data }),
    });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as unknown;
  };
  const mark = (nodeId: string) => page.getByTestId(`node-${nodeId}`).getAttribute('data-mark');
  const marks = async (ids: string[]) => Promise.all(ids.map(mark));
  const transcript = () => page.getByTestId('sim-transcript');

  beforeAll(async () => {
    orders = await startOrderSystem();
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    await logIn(page);
    const login = await page.request.post('/api/v1/auth/login', {
      data: { email: e2eEnv.email, password: e2eEnv.password },
    });
    token = ((await login.json()) as { accessToken: string }).accessToken;

    // A copy of the example whose look-up calls the server above, never published.
    const file = join(import.meta.dirname, '../../../examples/bots/order-status.json');
    const text = readFileSync(file, 'utf8').replace('https://orders.example.com', orders.url);
    const name = `Order status (simulator ${run})`;
    const document = { ...(JSON.parse(text) as Record<string, unknown>), id: 'sim-orders', name };
    await page.locator('input[type="file"]').setInputFiles({
      name: 'sim-orders.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(document)),
    });
    await page
      .locator(`[data-testid="bot-row"][data-bot-name="${name}"]`)
      .getByRole('link', { name })
      .click();
    await page.waitForURL(/\/bots\/[^/]+\/flows$/);
    botId = /\/bots\/([^/]+)\/flows$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
    // Staging maps the bot's credential to a vault secret: the simulator sends it, never shows it.
    await api('POST', '/secrets', { name: `SIM_ORDERS_${run}`, value: secretValue });
    await api('PATCH', `/bots/${botId}/environments/staging`, {
      secrets: { 'orders-api': `SIM_ORDERS_${run}` },
    });
  });
  afterAll(async () => {
    await browser.close();
    orders.server.close();
  });

  it('opens beside the canvas and greets: the opening path lights up', async () => {
    await page.getByTestId('simulator-toggle').click();
    await page.getByTestId('sim-message-0-1').waitFor();
    await expect(transcript().textContent()).resolves.toContain('What is your order number?');
    await expect
      .poll(() => marks(['start', 'greet', 'ask-order', 'find-order']))
      .toEqual(['path', 'path', 'current', null]);
  });

  it('chats: the nodes of the turn light up in order, the inspector shows variables and the masked call', async () => {
    await page.getByTestId('sim-input').fill('ab123456');
    await page.getByTestId('sim-send').click();
    await page.getByTestId('sim-message-1-0').waitFor();
    await expect(page.getByTestId('sim-message-1-0').textContent()).resolves.toContain(
      'order AB123456 has shipped and should arrive by Tuesday 2 December',
    );
    await expect
      .poll(() =>
        marks([
          'ask-order',
          'normalise-order',
          'find-order',
          'route-status',
          'say-shipped',
          'anything-else',
          'lookup-failed',
        ]),
      )
      .toEqual(['path', 'path', 'path', 'path', 'path', 'current', null]);
    const inspector = page.getByTestId('sim-inspector');
    const steps = await inspector
      .locator('[data-testid^="sim-step-"][data-testid$="-outcome"]')
      .allTextContents();
    expect(steps).toEqual(['next', 'next', 'found', 'shipped', 'next', 'waits']);
    await expect(inspector.textContent()).resolves.toContain('orderId"ab123456"→"AB123456"');
    // The import's notification has gone: the picture shows the simulator alone.
    await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached' });
    // A step back from the node the canvas followed, so the picture shows the lit path too.
    await page.locator('.react-flow__controls-zoomout').click();
    await page.locator('.react-flow__controls-zoomout').click();
    await screenshot(page, 'simulator');

    // The look-up went out with the staging secret, and the trace masks it.
    expect(orders.auth).toContain(`Bearer ${secretValue}`);
    const call = inspector.locator('details').first();
    await call.locator('summary').click();
    await expect(call.textContent()).resolves.toContain('"secretName": "***"');
    await expect(page.content()).resolves.not.toContain(secretValue);
  });

  it('clicking a bot message selects the node that sent it', async () => {
    await page.getByTestId('sim-message-1-0').locator('[role="button"]').click();
    await expect(page.getByTestId('node-say-shipped').getAttribute('data-selected')).resolves.toBe(
      'true',
    );
  });

  it('saves the conversation as a test in the draft', async () => {
    await page.getByTestId('sim-save-test').click();
    await page.getByTestId('sim-save-test-name').fill(`Shipped order ${run}`);
    await page.getByTestId('sim-save-test-confirm').click();
    await expect
      .poll(
        async () => {
          const draft = (await api('GET', `/bots/${botId}/draft`)) as {
            document: { tests?: { name: string; turns: Record<string, unknown>[] }[] };
          };
          return draft.document.tests?.find((test) => test.name === `Shipped order ${run}`);
        },
        { timeout: 10_000 },
      )
      .toMatchObject({
        turns: [
          { expect: { node: 'ask-order' } },
          {
            say: 'ab123456',
            ports: { lookup: { http: { status: 200 } } },
            expect: { node: 'anything-else', vars: { orderId: 'AB123456', status: 'shipped' } },
          },
        ],
      });
    // The draft changed under the conversation: it goes on on the new one.
    await page.getByTestId('sim-continue-draft').click();
    await page.getByTestId('sim-draft-changed').waitFor({ state: 'detached' });
  });

  it('restarts, and starts at the selected node', async () => {
    await page.getByTestId('sim-restart').click();
    await page.getByTestId('sim-turn-1').waitFor({ state: 'detached' });
    await page.getByTestId('sim-message-0-1').waitFor();
    await expect.poll(() => marks(['ask-order', 'say-shipped'])).toEqual(['current', null]);

    // The canvas may still be gliding to the current node: click until the node is selected.
    await expect
      .poll(async () => {
        await page.getByTestId('node-offer-agent').click();
        return page.locator('.react-flow__node[data-id="offer-agent"].selected').count();
      })
      .toBe(1);
    await page.getByTestId('sim-options').click();
    await page.getByTestId('sim-start-at-node').click();
    await page.getByTestId('sim-start-submit').click();
    await expect
      .poll(() => page.getByTestId('sim-message-0-0').textContent())
      .toContain('Would you like to talk to one of our agents?');
    await expect.poll(() => marks(['offer-agent', 'greet'])).toEqual(['current', null]);
  });

  it('keeps simulated conversations out of the conversations API', async () => {
    await expect(api('GET', `/bots/${botId}/conversations`)).resolves.toEqual([]);
  });
});
