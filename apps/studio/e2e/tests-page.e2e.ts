import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { createBot, logIn } from './support/studio-steps';
import { openSettings, waitSaved } from './support/canvas-steps';

interface Draft {
  revision: number;
  document: {
    flows: { nodes: { id: string; data: Record<string, unknown> }[]; edges: unknown[] }[];
    variables: unknown[];
    tests?: unknown[];
  };
}

const node = (id: string, type: string, y: number, data: Record<string, unknown>) => ({
  id,
  type,
  position: { x: 0, y },
  data,
});
const edge = (source: string, sourceHandle: string, target: string) => ({
  id: `${source}--${sourceHandle}`,
  source,
  sourceHandle,
  target,
});

/** Welcome, ask for an order number; a valid one is thanked, anything else apologised for. */
const orderFlow = {
  id: 'main',
  name: 'Main',
  nodes: [
    node('start', 'start', 0, {}),
    node('welcome', 'message', 140, { text: { en: 'Hello! I am the order assistant.' } }),
    node('ask-order', 'ask', 280, {
      question: { en: 'What is your order number?' },
      variable: 'reply',
      type: 'regex',
      pattern: '^[A-Za-z]{2}\\d{6}$',
      maxTries: 1,
    }),
    node('thanks-msg', 'message', 420, { text: { en: 'Thanks, I will look up your order.' } }),
    node('done', 'end', 560, { status: 'resolved' }),
    {
      ...node('sorry', 'message', 420, { text: { en: 'Sorry, I could not read that.' } }),
      position: { x: 320, y: 420 },
    },
    { ...node('give-up', 'end', 560, { status: 'unresolved' }), position: { x: 320, y: 560 } },
  ],
  edges: [
    edge('start', 'next', 'welcome'),
    edge('welcome', 'next', 'ask-order'),
    edge('ask-order', 'next', 'thanks-msg'),
    edge('thanks-msg', 'next', 'done'),
    edge('ask-order', 'invalid', 'sorry'),
    edge('sorry', 'next', 'give-up'),
  ],
};

describe('conversation tests in the studio', () => {
  let browser: Browser;
  let page: Page;
  let botId = '';
  let authorization = '';

  async function call(method: 'GET' | 'PUT', path: string, data?: unknown) {
    const response = await page.request.fetch(path, {
      method,
      headers: { authorization },
      ...(data === undefined ? {} : { data }),
    });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
    return response.json() as Promise<unknown>;
  }

  async function editDraft(change: (draft: Draft) => void) {
    const draft = (await call('GET', `/api/v1/bots/${botId}/draft`)) as Draft;
    change(draft);
    await call('PUT', `/api/v1/bots/${botId}/draft`, {
      revision: draft.revision,
      document: draft.document,
    });
  }

  async function openTests() {
    await page.goto(`/bots/${botId}/tests`);
    await page.getByTestId('tests-page').waitFor();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    page.on('request', (request) => {
      const header = request.headers().authorization;
      if (header) authorization = header;
    });
    await logIn(page);
    botId = await createBot(page, 'Tested orders');
    await page.getByTestId('flow-editor').waitFor();
    await editDraft((draft) => {
      draft.document.flows = [orderFlow];
    });
  });
  afterAll(() => browser.close());

  it('a test written by hand passes', async () => {
    await openTests();
    await page.getByTestId('tests-empty').waitFor();
    await page.getByTestId('tests-empty-add').click();
    await page.getByTestId('test-name').fill('finds an order');
    await page.getByTestId('turn-0-message-0-value').fill('Hello! I am the order assistant.');
    await page.getByTestId('turn-0-add-message').click();
    await page.getByTestId('turn-0-message-1-value').fill('What is your order number?');
    await page.getByTestId('test-add-turn').click();
    await page.getByTestId('turn-1-value').fill('AB123456');
    await page.getByTestId('turn-1-message-0-value').fill('Thanks, I will look up your order.');
    await page.getByTestId('test-save').click();
    await page.getByTestId('test-detail').waitFor();
    await page.getByTestId('test-run').click();
    await page.getByTestId('test-passed').waitFor();
    expect(await page.getByTestId('test-row').getAttribute('data-status')).toBe('passed');
  });

  it('a changed message fails the test, with the diff and the node where it diverged', async () => {
    // Changed on the canvas, as an analyst would: the node's settings form, saved as it goes.
    await page.goto(`/bots/${botId}/flows`);
    const panel = await openSettings(page, 'thanks-msg');
    await panel.getByTestId('field-text').fill('Thanks! Looking up your order now.');
    await waitSaved(page);
    await openTests();
    await page.getByTestId('tests-run-all').click();
    const failed = page.getByTestId('test-failed');
    await failed.waitFor();
    expect(await page.getByTestId('test-divergence').textContent()).toContain('thanks-msg');
    const failing = page.locator('[data-testid^="diff-turn-"][data-failing="true"]');
    expect(await failing.getAttribute('data-testid')).toBe('diff-turn-1');
    expect(await failing.getByTestId('diff-expected').first().textContent()).toBe(
      'Thanks, I will look up your order.',
    );
    expect(await failing.getByTestId('diff-actual').first().textContent()).toBe(
      'Thanks! Looking up your order now.',
    );
    expect(await page.getByTestId('coverage-figure-main').textContent()).toBe('4/6 outcomes');
    // The failing turn at the bottom of the view, with the failure's message above it.
    await failing.scrollIntoViewIfNeeded();
    await screenshot(page, 'tests-page');

    // The divergence link opens the node on the canvas, where the run's coverage is marked.
    await page.getByTestId('test-divergence-open').click();
    await page.waitForURL(/\/flows/);
    await page.locator('.react-flow__node[data-id="thanks-msg"].selected').waitFor();
    await page.getByTestId('coverage-marks-chip').waitFor();
    expect(await page.getByTestId('flow-main-coverage').textContent()).toBe('4/6');
    expect(await page.locator('[data-mark="covered"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-mark="uncovered"]').count()).toBeGreaterThan(0);
    await page.getByTestId('fit-view').click();
    await screenshot(page, 'coverage');
  });

  it('failing tests block publishing; an admin publishes anyway with a reason', async () => {
    await page.goto(`/bots/${botId}/versions`);
    await page.getByTestId('publish').click();
    await page.getByTestId('publish-form').waitFor();
    expect(await page.getByTestId('publish-tests-count').textContent()).toBe(
      '1 conversation test will run before publishing.',
    );
    await page.getByTestId('publish-confirm').click();
    const failures = page.getByTestId('publish-test-failures');
    await failures.waitFor();
    expect(await failures.textContent()).toContain('finds an order');
    expect(await page.getByTestId('publish-confirm').isDisabled()).toBe(true);
    await screenshot(page, 'publish-tests-blocked');

    await page.getByTestId('publish-override').click();
    await page.getByTestId('publish-override-reason').fill('Wording change approved by support');
    await page.getByTestId('publish-override-confirm').click();
    await page.getByTestId('publish-success').waitFor();
    const events = (await call('GET', '/api/v1/audit?action=bot.published')) as {
      targetId: string;
      details: { testsOverridden?: { reason: string; failed: string[] } };
    }[];
    const published = events.find((event) => event.targetId === botId);
    expect(published?.details.testsOverridden).toEqual({
      reason: 'Wording change approved by support',
      failed: ['finds an order'],
    });
  });

  it('a second test that takes another way raises the coverage', async () => {
    await editDraft((draft) => {
      draft.document.tests = [
        ...(draft.document.tests ?? []),
        {
          name: 'apologises for a bad number',
          turns: [{ say: 'hello', expect: { messages: ['Sorry, I could not read that.'] } }],
        },
      ];
    });
    await openTests();
    await page.getByTestId('tests-run-all').click();
    await page.getByTestId('coverage-card').waitFor();
    await page.getByTestId('run-summary-counts').waitFor();
    expect(await page.getByTestId('run-summary-counts').textContent()).toBe('1 of 2 passed');
    expect(await page.getByTestId('coverage-figure-main').textContent()).toBe('6/6 outcomes');
  });
});
