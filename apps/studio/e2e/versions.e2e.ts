import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { createBot, logIn } from './support/studio-steps';

interface Draft {
  revision: number;
  document: { flows: { nodes: Node[]; edges: Edge[] }[]; variables: unknown[] };
}
interface Node {
  id: string;
  type: string;
  position: { x: number; y: number };
  data: Record<string, unknown>;
}
interface Edge {
  id: string;
  source: string;
  sourceHandle: string;
  target: string;
}

describe('shipping versions', () => {
  let browser: Browser;
  let page: Page;
  let botId = '';
  let authorization = '';

  /** The bot's API, called with the token the page itself uses. */
  async function call(method: 'GET' | 'PUT' | 'POST', path: string, data?: unknown) {
    const response = await page.request.fetch(`/api/v1/bots/${botId}${path}`, {
      method,
      headers: { authorization },
      ...(data === undefined ? {} : { data }),
    });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
    return response.json() as Promise<unknown>;
  }

  /** Edits the draft the way the editor's autosave does: at the revision read. */
  async function editDraft(
    change: (flow: Draft['document']['flows'][number], draft: Draft) => void,
  ) {
    const draft = (await call('GET', '/draft')) as Draft;
    const flow = draft.document.flows[0];
    if (!flow) throw new Error('the draft has no flow');
    change(flow, draft);
    await call('PUT', '/draft', { revision: draft.revision, document: draft.document });
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    // The access token lives in the page's memory; borrow it from the page's own API calls.
    page.on('request', (request) => {
      const header = request.headers().authorization;
      if (header) authorization = header;
    });
    await logIn(page);
    botId = await createBot(page, 'Ship it');
    await page.getByTestId('flow-editor').waitFor();
  });
  afterAll(() => browser.close());

  it('publish refused with problems, accepted without', async () => {
    // A welcome message before the question, but the question leads nowhere: an error.
    await editDraft((flow, draft) => {
      flow.nodes.push({
        id: 'welcome',
        type: 'message',
        position: { x: 0, y: 140 },
        data: { text: { en: 'Hello! I am the shop assistant.' } },
      });
      for (const node of flow.nodes)
        if (node.id !== 'start' && node.id !== 'welcome') node.position.y += 140;
      flow.edges = [
        { id: 'start-welcome', source: 'start', sourceHandle: 'next', target: 'welcome' },
        { id: 'welcome-greet', source: 'welcome', sourceHandle: 'next', target: 'greet' },
      ];
      draft.document.variables.push(
        { name: 'supportHours', type: 'string', scope: 'bot', default: '9:00–18:00' },
        { name: 'maxRetries', type: 'number', scope: 'bot', default: 2 },
      );
    });
    await page.goto(`/bots/${botId}/versions`);
    await page.getByTestId('versions-empty').waitFor();
    await page.getByTestId('publish').click();
    const errors = page.getByTestId('draft-check-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('1 error must be fixed before publishing');
    expect(await page.getByTestId('publish-confirm').isDisabled()).toBe(true);
    expect(await page.getByTestId('publish-blocked-reason').textContent()).toBe(
      'Fix the error above to publish.',
    );
    await screenshot(page, 'publish-dialog-blocked');
    await page.keyboard.press('Escape');
    await page.getByTestId('publish-form').waitFor({ state: 'detached' });

    await editDraft((flow) => {
      flow.edges.push({
        id: 'greet-thanks',
        source: 'greet',
        sourceHandle: 'next',
        target: 'thanks',
      });
    });
    await page.getByTestId('publish').click();
    await page.getByTestId('draft-check-clean').waitFor();
    await page.getByTestId('publish-note').fill('First release: welcome message');
    expect(await page.getByTestId('publish-environment').inputValue()).toContain('staging');
    await screenshot(page, 'publish-dialog');
    await page.getByTestId('publish-confirm').click();
    const where = page.getByTestId('publish-success-where');
    await where.waitFor();
    expect(await where.textContent()).toBe('Version 1 now runs in staging.');
    await screenshot(page, 'publish-success');
    await page.getByTestId('publish-success-close').click();
    await page.locator('[data-testid="version-row"][data-version="1"]').waitFor();
    expect(
      await page.locator('[data-testid="version-row"][data-version="1"]').textContent(),
    ).toContain('staging');
  });

  it('the diff of two versions shows the node that changed', async () => {
    await editDraft((flow) => {
      const welcome = flow.nodes.find((node) => node.id === 'welcome');
      if (welcome) welcome.data = { text: { en: 'Welcome back! How can I help?' } };
      // A goodbye before the end too, so the picture shows every kind of change.
      flow.nodes.push({
        id: 'goodbye',
        type: 'message',
        position: { x: 0, y: 460 },
        data: { text: { en: 'Thanks for visiting!' } },
      });
      const thanks = flow.nodes.find((node) => node.id === 'thanks');
      if (thanks) thanks.position.y = 600;
      flow.edges = flow.edges.filter((edge) => edge.id !== 'greet-thanks');
      flow.edges.push(
        { id: 'greet-goodbye', source: 'greet', sourceHandle: 'next', target: 'goodbye' },
        { id: 'goodbye-thanks', source: 'goodbye', sourceHandle: 'next', target: 'thanks' },
      );
    });
    await call('POST', '/publish', { note: 'Warmer welcome' });
    await page.reload();
    await page.getByTestId('version-select-1').check();
    await page.getByTestId('version-select-2').check();
    await page.getByTestId('version-diff').waitFor();
    const node = page.getByTestId('diff-node-welcome');
    await node.waitFor();
    expect(await node.getAttribute('data-status')).toBe('changed');
    expect(await page.getByTestId('diff-node-greet').getAttribute('data-status')).toBe('unchanged');
    expect(await page.getByTestId('diff-node-goodbye').getAttribute('data-status')).toBe('added');
    const change = page.locator('[data-testid="diff-change-node"][data-node-id="welcome"]');
    expect(await change.getAttribute('data-status')).toBe('changed');
    const text = await change.getByTestId('diff-value-change').textContent();
    expect(text).toContain('text.en');
    expect(text).toContain('Hello! I am the shop assistant.');
    expect(text).toContain('Welcome back! How can I help?');
    expect(new URL(page.url()).search).toBe('?from=1&to=2');
    await page.getByTestId('version-diff').scrollIntoViewIfNeeded();
    await screenshot(page, 'version-diff');
  });

  it('rollback and promotion move the environments', async () => {
    await page.getByTestId('nav-environments').click();
    const staging = page.locator('[data-testid="environment-card"][data-environment="staging"]');
    const production = page.locator(
      '[data-testid="environment-card"][data-environment="production"]',
    );
    const runs = (card: typeof staging) =>
      card.getByTestId('environment-version').getAttribute('data-version');
    await staging.waitFor();
    expect(await runs(staging)).toBe('2');
    expect(await runs(production)).toBe('');

    await page.getByTestId('promote').click();
    const promote = page.getByTestId('promote-modal');
    await promote.waitFor();
    expect(await promote.getByTestId('promote-next').textContent()).toContain('Version 2');
    await promote.getByTestId('promote-confirm').click();
    await expect.poll(() => runs(production)).toBe('2');

    await production.getByTestId('environment-rollback').click();
    const rollback = page.getByTestId('rollback-modal');
    await rollback.waitFor();
    expect(await rollback.getByTestId('rollback-version').inputValue()).toContain('Version 1');
    await rollback.getByTestId('rollback-confirm').click();
    await expect.poll(() => runs(production)).toBe('1');
    expect(await runs(staging)).toBe('2');
    expect(await production.getByTestId('environment-deployed').textContent()).toContain(
      'Rolled back',
    );

    // A per-environment value is checked against the variable's type before it is saved.
    const retries = production.getByTestId('variable-override-maxRetries');
    await retries.fill('many');
    await production.getByText('Enter a number').waitFor();
    expect(await production.getByTestId('variables-save').isDisabled()).toBe(true);
    await retries.fill('5');
    await production.getByTestId('variables-save').click();
    await expect
      .poll(async () => ((await call('GET', '/environments')) as { variables: object }[])[1])
      .toMatchObject({ name: 'production', variables: { maxRetries: 5 } });
    await waitForNotificationsToClose(page);
    await production.getByTestId('environment-tab-history').click();
    await production.getByTestId('environment-history').waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'environments');
  });

  it('shows the environments in Chinese', async () => {
    await page.evaluate(() => localStorage.setItem('parley.language', 'zh-CN'));
    await page.reload();
    await page.getByTestId('environment-card').first().waitFor();
    expect(await page.getByTestId('promote').textContent()).toContain('推广');
    await screenshot(page, 'environments-zh');
  });
});

/** Waits out the notifications still on screen (they close by themselves), so a picture shows the page. */
async function waitForNotificationsToClose(page: Page): Promise<void> {
  // A notification under the pointer stays open.
  await page.mouse.move(0, 0);
  await expect
    .poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 12_000 })
    .toBe(0);
}
