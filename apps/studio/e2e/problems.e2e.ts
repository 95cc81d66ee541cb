import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './support/browser';
import {
  connect,
  dropNode,
  fitView,
  frameStarter,
  openSettings,
  type CanvasPoint,
} from './support/canvas-steps';
import { createBot, logIn } from './support/studio-steps';

describe('live problems', () => {
  let browser: Browser;
  let page: Page;
  const ids = { lonely: '', condition: '' };
  let at: (flow: CanvasPoint) => CanvasPoint = (flow) => flow;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await logIn(page);
    await createBot(page, 'Problem hunt');
    await page.getByTestId('flow-editor').waitFor();
  });
  afterAll(() => browser.close());

  it('marks a node nothing leads to as soon as it is dropped, before any save', async () => {
    at = await frameStarter(page);
    ids.lonely = await dropNode(page, 'message', at({ x: 340, y: 320 }));
    const badge = page.getByTestId(`node-${ids.lonely}-problems`);
    await badge.waitFor({ timeout: 1_500 });
    expect(await badge.getAttribute('data-errors')).toBe('1');
    expect(await badge.getAttribute('data-warnings')).toBe('1');
    await closeSettings(page);
    const messages = await hover(page, badge);
    // Errors first: the missing edge blocks publishing, the unreachable node only warns.
    const severities = await messages
      .locator('[data-severity]')
      .evaluateAll((icons) => icons.map((icon) => icon.getAttribute('data-severity')));
    expect(severities).toEqual(['error', 'warning']);
    expect(await messages.textContent()).toContain('cannot be reached');
    await screenshot(page, 'problems-node-badge');
  });

  it('marks an edge that leaves by an outcome its node no longer has', async () => {
    ids.condition = await dropNode(page, 'condition', at({ x: 340, y: 80 }));
    await connect(page, ids.condition, 'branch-1', 'thanks');
    const panel = await openSettings(page, ids.condition);
    await panel.getByTestId('field-branches.0.id').fill('vip');
    const marker = page.locator('[data-testid^="edge-"][data-testid$="-problems"]');
    await marker.waitFor({ timeout: 1_500 });
    expect(await marker.getAttribute('data-severity')).toBe('error');
    await closeSettings(page);
    const messages = await hover(page, marker);
    expect(await messages.textContent()).toContain('"branch-1"');
    await screenshot(page, 'problems-edge-badge');

    await (
      await openSettings(page, ids.condition)
    )
      .getByTestId('field-branches.0.id')
      .fill('branch-1');
    await marker.waitFor({ state: 'detached', timeout: 1_500 });
    await page.getByTestId('delete-selection').click();
    await page.getByTestId(`node-${ids.condition}`).waitFor({ state: 'detached' });
  });

  it('lists the problems, filters them, and opens the one clicked', async () => {
    await page.getByTestId('problems-count').click();
    const panel = page.getByTestId('problems-panel');
    await panel.waitFor();
    const rows = panel.getByTestId('problem-row');
    // The deleted condition's problems go with the next check, a moment after the edit.
    await expect.poll(() => codes(rows)).toEqual(['missing-outcome-edge', 'unreachable-node']);
    await screenshot(page, 'problems-panel');

    await panel.getByTestId('problems-filter-severity').getByText('Warnings 1').click();
    expect(await codes(rows)).toEqual(['unreachable-node']);
    await panel.getByTestId('problems-filter-flow').click();
    await page.getByRole('option', { name: 'This flow (Main)' }).click();
    expect(await codes(rows)).toEqual(['unreachable-node']);

    // Pan the node out of sight, so that opening the problem must bring it back.
    await panCanvas(page, { x: 850, y: 0 });
    const node = page.locator(`.react-flow__node[data-id="${ids.lonely}"]`);
    expect(await inCanvas(page, node)).toBe(false);
    await rows.first().click();
    await expect.poll(() => node.getAttribute('class')).toContain('selected');
    await page.waitForTimeout(500);
    expect(await inCanvas(page, node)).toBe(true);
    await screenshot(page, 'problems-opened');
  });

  it('clears the problem once it is fixed', async () => {
    await fitView(page);
    await connect(page, 'greet', 'next', ids.lonely);
    await connect(page, ids.lonely, 'next', 'thanks');
    const panel = page.getByTestId('problems-panel');
    await panel.getByTestId('problems-empty').waitFor({ timeout: 3_000 });
    expect(await panel.getByTestId('problems-empty').textContent()).toContain(
      'No problems — ready to publish',
    );
    expect(await page.getByTestId(`node-${ids.lonely}-problems`).count()).toBe(0);
    expect(await page.getByTestId('problems-count').textContent()).toBe('No problems');
    await screenshot(page, 'problems-empty');
  });

  it('opens a problem of another flow in that flow', async () => {
    // A new flow holds only its start node, whose "next" leads nowhere yet.
    await page.getByTestId('flow-add').click();
    const panel = page.getByTestId('problems-panel');
    const rows = panel.getByTestId('problem-row');
    // The filters are still "warnings of this flow": the start's missing edge is an error.
    await panel.getByTestId('problems-show-all').click();
    await expect.poll(() => codes(rows)).toEqual(['missing-outcome-edge']);
    const otherFlow = await rows.first().getAttribute('data-flow-id');
    await page.getByTestId('flow-main').click();
    await panel.getByTestId('problems-filter-flow').click();
    await page.getByRole('option', { name: 'Flow 2' }).click();
    expect(await codes(rows)).toEqual(['missing-outcome-edge']);
    await rows.first().click();
    await page.locator(`[data-testid="flow-${otherFlow}"][data-active]`).waitFor();
    const start = page.locator('.react-flow__node[data-id="start"]');
    await expect.poll(() => start.getAttribute('class')).toContain('selected');
    await page.waitForTimeout(500);
    expect(await inCanvas(page, start)).toBe(true);
    await screenshot(page, 'problems-other-flow');
  });

  it('shows the problems list in Chinese', async () => {
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByTestId('problems-panel').getByText('问题', { exact: true }).waitFor();
    expect(await page.getByTestId('problems-count').textContent()).toBe('1 个问题');
    // The validator's own words follow the language too, not only the panel around them.
    const list = page.getByTestId('problems-list');
    await list.getByText('节点', { exact: false }).first().waitFor();
    expect(await list.textContent()).not.toContain('Node "');
    await screenshot(page, 'problems-chinese');
    // Back to English so a later run of this profile starts as a new user would.
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
  });
});

async function closeSettings(page: Page): Promise<void> {
  const close = page.getByTestId('settings-close');
  if (await close.isVisible()) await close.click();
}

/** Hovers a marker and returns the tooltip listing its messages. */
async function hover(page: Page, marker: Locator): Promise<Locator> {
  await marker.hover();
  const messages = page.getByTestId('problem-messages');
  await messages.waitFor();
  return messages;
}

function codes(rows: Locator): Promise<(string | null)[]> {
  return rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-code')));
}

/** Drags the empty canvas by `by` pixels. */
async function panCanvas(page: Page, by: { x: number; y: number }): Promise<void> {
  const canvas = await page.getByTestId('flow-canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  // Low on the left, below the nodes and clear of the zoom controls and the minimap.
  const from = { x: canvas.x + 300, y: canvas.y + canvas.height - 30 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + by.x, from.y + by.y, { steps: 10 });
  await page.mouse.up();
}

/** Whether the element lies wholly inside the canvas's visible area. */
async function inCanvas(page: Page, element: Locator): Promise<boolean> {
  const canvas = await page.getByTestId('flow-canvas').boundingBox();
  const box = await element.boundingBox();
  if (!canvas || !box) return false;
  return (
    box.x >= canvas.x &&
    box.y >= canvas.y &&
    box.x + box.width <= canvas.x + canvas.width &&
    box.y + box.height <= canvas.y + canvas.height
  );
}
