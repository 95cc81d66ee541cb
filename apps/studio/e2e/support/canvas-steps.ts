import type { Locator, Page } from 'playwright-core';

/** The ids of the nodes on the canvas, as React Flow marks them. */
export function nodeIds(page: Page): Promise<string[]> {
  return page
    .locator('.react-flow__node[data-id]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id') ?? ''));
}

/** A point on the canvas element, as Playwright's `targetPosition` takes it. */
export type CanvasPoint = { x: number; y: number };

/**
 * Zooms out (one step unless told) and pans so that the starter node (`start`, at
 * flow position 0,0) sits at the canvas's top left, then answers where to drop a
 * node so that its top left lands on a given flow position: the pictures then
 * show a tidy flow.
 */
export async function frameStarter(
  page: Page,
  { zoomOutSteps = 1 }: { zoomOutSteps?: number } = {},
): Promise<(flow: CanvasPoint) => CanvasPoint> {
  for (let step = 0; step < zoomOutSteps; step++) {
    await page.locator('.react-flow__controls-zoomout').click();
    await page.waitForTimeout(300);
  }
  const canvas = await box(page.getByTestId('flow-canvas'));
  const start = page.getByTestId('node-start');
  const before = await box(start);
  const from = { x: canvas.x + 150, y: canvas.y + canvas.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (canvas.x + 60 - before.x), from.y + (canvas.y + 90 - before.y), {
    steps: 10,
  });
  await page.mouse.up();
  const after = await box(start);
  // The rendered width over the layout width is the zoom (transforms leave offsetWidth alone).
  const zoom = after.width / (await start.evaluate((node) => (node as HTMLElement).offsetWidth));
  // The canvas drops a node with its top left 120, 40 (flow units) above the pointer.
  return (flow) => ({
    x: after.x - canvas.x + (flow.x + 120) * zoom,
    y: after.y - canvas.y + (flow.y + 40) * zoom,
  });
}

/** Drags a kind from the palette onto the canvas at (x, y) of the canvas, and returns the new node's id. */
export async function dropNode(
  page: Page,
  kind: string,
  at: { x: number; y: number },
): Promise<string> {
  const before = new Set(await nodeIds(page));
  await page
    .getByTestId(`palette-${kind}`)
    .dragTo(page.getByTestId('flow-canvas'), { targetPosition: at });
  for (let attempt = 0; attempt < 50; attempt++) {
    const added = (await nodeIds(page)).find((id) => !before.has(id));
    if (added) return added;
    await page.waitForTimeout(100);
  }
  throw new Error(`no ${kind} node appeared after the drop`);
}

/** Moves a node by dragging its title bar `by` pixels on the screen. */
export async function moveNode(page: Page, nodeId: string, by: CanvasPoint): Promise<void> {
  const node = await box(page.getByTestId(`node-${nodeId}`));
  const grab = { x: node.x + node.width / 2, y: node.y + 12 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + by.x, grab.y + by.y, { steps: 10 });
  await page.mouse.up();
}

/** Connects an outcome handle of one node to the input of another by dragging with the mouse. */
export async function connect(
  page: Page,
  source: string,
  outcome: string,
  target: string,
): Promise<void> {
  // A selected node opens the settings panel, which covers the canvas's right edge.
  const close = page.getByTestId('settings-close');
  if (await close.isVisible()) await close.click();
  await dragBetween(
    page,
    page.getByTestId(`handle-${source}-${outcome}`),
    page.getByTestId(`handle-${target}-target`),
  );
}

async function dragBetween(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await centre(from);
  const end = await centre(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
}

async function centre(locator: Locator): Promise<CanvasPoint> {
  const found = await box(locator);
  return { x: found.x + found.width / 2, y: found.y + found.height / 2 };
}

async function box(
  locator: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('element is not visible');
  return found;
}

/** Edges as React Flow describes them: "Edge from <source> to <target>". */
export function edgeLabels(page: Page): Promise<string[]> {
  return page
    .locator('.react-flow__edge')
    .evaluateAll((edges) => edges.map((edge) => edge.getAttribute('aria-label') ?? ''));
}

/** Shows every node (the settings panel takes room from the canvas). */
export async function fitView(page: Page): Promise<void> {
  await page.getByTestId('fit-view').click();
  // React Flow animates the viewport; clicks during the move land beside their target.
  await page.waitForTimeout(400);
}

/** Opens a node's settings: fits the view so the node is in sight, then clicks it. */
export async function openSettings(page: Page, nodeId: string): Promise<Locator> {
  await fitView(page);
  await page.getByTestId(`node-${nodeId}`).click();
  const panel = page.locator(`[data-testid="settings-panel"][data-node-id="${nodeId}"]`);
  await panel.waitFor();
  return panel;
}

/** Waits until the draft is saved (the badge says so). */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor({ timeout: 20_000 });
}

/** Takes the keyboard out of any field, so canvas shortcuts reach the canvas rather than the field. */
export async function leaveFields(page: Page): Promise<void> {
  await page.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement) active.blur();
  });
}

/** Presses a canvas shortcut with the keyboard out of any field first (e.g. `Control+z`). */
export async function pressShortcut(page: Page, keys: string): Promise<void> {
  await leaveFields(page);
  await page.keyboard.press(keys);
}

/** Where each node stands, as React Flow places it (flow units, from its transform). */
export function nodePositions(page: Page): Promise<Record<string, string>> {
  return page
    .locator('.react-flow__node[data-id]')
    .evaluateAll((nodes) =>
      Object.fromEntries(
        nodes.map((node) => [
          node.getAttribute('data-id') ?? '',
          (node as HTMLElement).style.transform,
        ]),
      ),
    );
}

/** Waits until the canvas shows exactly these node ids (in any order). */
export async function waitForNodes(page: Page, expected: readonly string[]): Promise<void> {
  const wanted = [...expected].sort().join(',');
  for (let attempt = 0; attempt < 50; attempt++) {
    if ((await nodeIds(page)).sort().join(',') === wanted) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`expected nodes ${wanted}, found ${(await nodeIds(page)).sort().join(',')}`);
}
