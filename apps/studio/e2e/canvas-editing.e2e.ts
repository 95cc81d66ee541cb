import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './support/browser';
import {
  connect,
  dropNode,
  edgeLabels,
  fitView,
  frameStarter,
  nodeIds,
  nodePositions,
  openSettings,
  pressShortcut,
  waitForNodes,
  waitSaved,
} from './support/canvas-steps';
import { createBot, logIn } from './support/studio-steps';

describe('canvas editing', () => {
  let browser: Browser;
  let page: Page;
  let added = '';
  const starterNodes = ['start', 'greet', 'thanks'];

  const fieldText = async (nodeId: string) =>
    (await openSettings(page, nodeId)).getByTestId('field-text').inputValue();

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await logIn(page);
    await createBot(page, 'Editing bot');
    await page.getByTestId('flow-editor').waitFor();
  });
  afterAll(() => browser.close());

  it('undoes and redoes adding, connecting, editing and deleting, and saves what is left', async () => {
    const at = await frameStarter(page);
    added = await dropNode(page, 'message', at({ x: 340, y: 160 }));
    await connect(page, 'greet', 'next', added);
    expect(await edgeLabels(page)).toContain(`Edge from greet to ${added}`);
    const panel = await openSettings(page, added);
    const defaultText = await panel.getByTestId('field-text').inputValue();
    await panel.getByTestId('field-text').fill('Undo me');
    await page.getByTestId(`node-${added}`).click();
    await pressShortcut(page, 'Delete');
    await waitForNodes(page, starterNodes);

    await pressShortcut(page, 'Control+z'); // the deletion
    await waitForNodes(page, [...starterNodes, added]);
    expect(await edgeLabels(page)).toContain(`Edge from greet to ${added}`);
    expect(await fieldText(added)).toBe('Undo me');
    await pressShortcut(page, 'Control+z'); // the edit
    expect(await fieldText(added)).toBe(defaultText);
    await pressShortcut(page, 'Control+z'); // the connection, which had replaced greet → thanks
    expect(await edgeLabels(page)).toContain('Edge from greet to thanks');
    expect(await edgeLabels(page)).not.toContain(`Edge from greet to ${added}`);
    await pressShortcut(page, 'Control+z'); // the drop
    await waitForNodes(page, starterNodes);
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);

    await pressShortcut(page, 'Control+Shift+z');
    await waitForNodes(page, [...starterNodes, added]);
    await pressShortcut(page, 'Control+y');
    expect(await edgeLabels(page)).toContain(`Edge from greet to ${added}`);
    await page.getByTestId('redo').click();
    expect(await fieldText(added)).toBe('Undo me');
    await pressShortcut(page, 'Control+y');
    await waitForNodes(page, starterNodes);
    expect(await page.getByTestId('redo').isDisabled()).toBe(true);
    await pressShortcut(page, 'Control+z');
    await waitForNodes(page, [...starterNodes, added]);
    await waitSaved(page);

    await page.reload();
    await page.getByTestId('flow-editor').waitFor();
    await waitForNodes(page, [...starterNodes, added]);
    expect(await edgeLabels(page)).toContain(`Edge from greet to ${added}`);
    expect(await fieldText(added)).toBe('Undo me');
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
  });

  it('copies two nodes and the edge between them into another flow', async () => {
    await fitView(page);
    await page.getByTestId('node-greet').click();
    await page.getByTestId(`node-${added}`).click({ modifiers: ['Shift'] });
    await pressShortcut(page, 'Control+c');
    await page.getByTestId('flow-add').click();
    await waitForNodes(page, ['start']);
    const canvas = await page.getByTestId('flow-canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await pressShortcut(page, 'Control+v');
    await waitForNodes(page, ['start', 'ask-1', 'message-1']);
    expect(await edgeLabels(page)).toEqual(['Edge from ask-1 to message-1']);
    const selected = await page
      .locator('[data-selected="true"]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid')));
    expect(selected.sort()).toEqual(['node-ask-1', 'node-message-1']);
    await waitSaved(page);
    await screenshot(page, 'canvas-editing-pasted');
  });

  it('lays the flow out again without changing its nodes or edges, as one undo step', async () => {
    await page.getByTestId('flow-main').click();
    await waitForNodes(page, [...starterNodes, added]);
    const ids = (await nodeIds(page)).sort();
    const edges = (await edgeLabels(page)).sort();
    const before = await nodePositions(page);
    await page.getByTestId('auto-layout').click();
    await page.getByTestId('auto-layout-TB').click();
    await page.waitForTimeout(500);
    const after = await nodePositions(page);
    expect((await nodeIds(page)).sort()).toEqual(ids);
    expect((await edgeLabels(page)).sort()).toEqual(edges);
    expect(after).not.toEqual(before);
    await screenshot(page, 'canvas-editing-layout');
    await pressShortcut(page, 'Control+z');
    await page.waitForTimeout(200);
    expect(await nodePositions(page)).toEqual(before);
    await pressShortcut(page, 'Control+Shift+z');
    await page.waitForTimeout(200);
    expect(await nodePositions(page)).toEqual(after);
  });

  it('finds a node in another flow and jumps to it', async () => {
    await page.getByTestId('flow-flow-1').click();
    await waitForNodes(page, ['start', 'ask-1', 'message-1']);
    await pressShortcut(page, 'Control+f');
    // The copy pasted here matches too, and comes first: the open flow's matches lead.
    await page.getByTestId('find-input').fill('undo me');
    await page.getByTestId(`find-result-main-${added}`).waitFor();
    await page.getByTestId('find-input').press('Enter');
    await page.locator('[data-testid="settings-panel"][data-node-id="message-1"]').waitFor();
    expect(await page.getByTestId('find-count').textContent()).toBe('1 of 2');
    await page.getByTestId('find-input').press('Enter');
    await waitForNodes(page, [...starterNodes, added]);
    await page.locator(`[data-testid="settings-panel"][data-node-id="${added}"]`).waitFor();
    expect(await page.getByTestId(`node-${added}`).getAttribute('data-selected')).toBe('true');
    await page.waitForTimeout(800);
    const canvas = await page.getByTestId('flow-canvas').boundingBox();
    const node = await page.getByTestId(`node-${added}`).boundingBox();
    if (!canvas || !node) throw new Error('not on screen');
    // Centred: the node's middle lies near the canvas's.
    expect(Math.abs(node.x + node.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(40);
    expect(Math.abs(node.y + node.height / 2 - (canvas.y + canvas.height / 2))).toBeLessThan(40);
    await screenshot(page, 'canvas-editing-find');
    await page.getByTestId('find-input').press('Escape');
    await page.getByTestId('find-box').waitFor({ state: 'hidden' });
  });

  it('opens a context menu on a node and on the canvas, and lists the shortcuts', async () => {
    await page.getByTestId('settings-close').click();
    await fitView(page);
    await page.getByTestId('node-greet').click({ button: 'right' });
    await page.getByTestId('context-menu-node').waitFor();
    await screenshot(page, 'canvas-editing-node-menu');
    await page.keyboard.press('Escape');
    await page.getByTestId('context-menu-node').waitFor({ state: 'hidden' });

    const canvas = await page.getByTestId('flow-canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    await page.mouse.click(canvas.x + 120, canvas.y + canvas.height - 60, { button: 'right' });
    await page.getByTestId('context-menu-pane').waitFor();
    await page.getByTestId('context-add-node').hover();
    await page.getByTestId('context-add-message').waitFor();
    await screenshot(page, 'canvas-editing-pane-menu');
    const before = await nodeIds(page);
    await page.getByTestId('context-add-message').click();
    await waitForNodes(page, [...before, 'message-2']);

    await pressShortcut(page, '?');
    await page.getByTestId('shortcuts-table').waitFor();
    await screenshot(page, 'canvas-editing-shortcuts');
    await page.keyboard.press('Escape');
    await page.getByTestId('shortcuts-table').waitFor({ state: 'hidden' });
  });
});
