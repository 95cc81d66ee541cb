import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './support/browser';
import {
  connect,
  dropNode,
  edgeLabels,
  frameStarter,
  moveNode,
  nodeIds,
  openSettings,
  waitSaved,
} from './support/canvas-steps';
import { createBot, logIn } from './support/studio-steps';

describe('flow canvas', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let flowsUrl = '';
  const ids = { ask: '', condition: '', yes: '', no: '' };

  const expectedEdges = () => [
    `Edge from greet to ${ids.ask}`,
    `Edge from ${ids.ask} to ${ids.condition}`,
    `Edge from ${ids.condition} to ${ids.yes}`,
    `Edge from ${ids.condition} to ${ids.no}`,
    `Edge from ${ids.yes} to thanks`,
    `Edge from ${ids.no} to thanks`,
  ];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    await logIn(page);
    await createBot(page, 'Order lookup');
    await page.getByTestId('flow-editor').waitFor();
    flowsUrl = page.url();
  });
  afterAll(() => browser.close());

  it('drags an ask, a condition and two messages onto the canvas', async () => {
    // In two columns right of the starter nodes (start, greet, thanks at x = 0).
    const at = await frameStarter(page);
    ids.ask = await dropNode(page, 'ask', at({ x: 340, y: 0 }));
    ids.condition = await dropNode(page, 'condition', at({ x: 340, y: 190 }));
    ids.yes = await dropNode(page, 'message', at({ x: 680, y: 80 }));
    ids.no = await dropNode(page, 'message', at({ x: 680, y: 300 }));
    expect(new Set(Object.values(ids)).size).toBe(4);
    // The conversation now ends after the messages: move the starter's end node below them.
    const from = at({ x: 0, y: 320 });
    const to = at({ x: 680, y: 480 });
    await moveNode(page, 'thanks', { x: to.x - from.x, y: to.y - from.y });
    const kinds = await page
      .locator('[data-kind]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-kind')));
    expect(kinds.filter((kind) => kind === 'message')).toHaveLength(2);
    await screenshot(page, 'canvas-dropped');
  });

  it('connects them by dragging from outcome to input', async () => {
    // greet → ask replaces the starter's greet → thanks: an outcome has one edge.
    await connect(page, 'greet', 'next', ids.ask);
    await connect(page, ids.ask, 'next', ids.condition);
    await connect(page, ids.condition, 'branch-1', ids.yes);
    await connect(page, ids.condition, 'else', ids.no);
    await connect(page, ids.yes, 'next', 'thanks');
    await connect(page, ids.no, 'next', 'thanks');
    const edges = await edgeLabels(page);
    expect(edges).toEqual(expect.arrayContaining(expectedEdges()));
    expect(edges).not.toContain('Edge from greet to thanks');
  });

  it('fills their settings in the generated forms', async () => {
    let panel = await openSettings(page, ids.ask);
    await panel.getByTestId('field-question').fill('Which order is it about?');
    await panel.getByTestId('field-variable').fill('reply');
    panel = await openSettings(page, ids.yes);
    await panel.getByTestId('field-text').fill('Thanks, I found your order.');
    panel = await openSettings(page, ids.no);
    await panel.getByTestId('field-text').fill('Sorry, I could not find that order.');
    panel = await openSettings(page, ids.condition);
    await panel.getByTestId('field-branches.0.label').fill('Order known');
    await panel.getByTestId('field-branches.0.when').fill('$exists(vars.reply)');
    await waitSaved(page);
    await screenshot(page, 'canvas-settings');
  });

  it('finds everything as it was left after a reload', async () => {
    await page.reload();
    await page.getByTestId('flow-editor').waitFor();
    expect(await nodeIds(page)).toEqual(expect.arrayContaining(Object.values(ids)));
    expect(await edgeLabels(page)).toEqual(expect.arrayContaining(expectedEdges()));
    let panel = await openSettings(page, ids.ask);
    expect(await panel.getByTestId('field-question').inputValue()).toBe('Which order is it about?');
    panel = await openSettings(page, ids.condition);
    expect(await panel.getByTestId('field-branches.0.label').inputValue()).toBe('Order known');
    expect(await panel.getByTestId('field-branches.0.when').inputValue()).toBe(
      '$exists(vars.reply)',
    );
    panel = await openSettings(page, ids.no);
    expect(await panel.getByTestId('field-text').inputValue()).toBe(
      'Sorry, I could not find that order.',
    );
  });

  it('resolves a stale draft with the user, losing nothing they did not choose to drop', async () => {
    // A second tab saves first; this tab's next save then finds its revision stale.
    const other = await context.newPage();
    await other.goto(flowsUrl);
    await other.getByTestId('flow-editor').waitFor();
    const theirs = await openSettings(other, ids.yes);
    await theirs.getByTestId('field-text').fill('Edited in the other tab.');
    await waitSaved(other);

    const mine = await openSettings(page, ids.no);
    await mine.getByTestId('field-text').fill('Edited in this tab.');
    const dialog = page.getByTestId('conflict-dialog');
    await page.getByTestId('conflict-summary').waitFor();
    await screenshot(page, 'canvas-conflict');
    await page.getByTestId('conflict-keep-mine').click();
    await dialog.waitFor({ state: 'hidden' });
    await waitSaved(page);

    // The other tab is now the stale one: it takes what was saved instead of its own draft.
    const again = await openSettings(other, ids.ask);
    await again.getByTestId('field-question').fill('Changed again in the other tab');
    await other.getByTestId('conflict-summary').waitFor();
    await other.getByTestId('conflict-take-theirs').click();
    await other.getByTestId('conflict-dialog').waitFor({ state: 'hidden' });
    const taken = await openSettings(other, ids.no);
    expect(await taken.getByTestId('field-text').inputValue()).toBe('Edited in this tab.');

    await page.reload();
    await page.getByTestId('flow-editor').waitFor();
    const kept = await openSettings(page, ids.no);
    expect(await kept.getByTestId('field-text').inputValue()).toBe('Edited in this tab.');
    await other.close();
  });

  it('shows the canvas in Chinese', async () => {
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByText('流程', { exact: true }).first().waitFor();
    await openSettings(page, ids.ask);
    await screenshot(page, 'chinese');
    // Back to English so a later run of this profile starts as a new user would.
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
  });
});
