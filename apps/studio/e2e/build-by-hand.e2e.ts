import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
  pressShortcut,
  waitSaved,
  type CanvasPoint,
} from './support/canvas-steps';
import { fillNodeSettings } from './support/settings-form-steps';
import { createBot, logIn } from './support/studio-steps';

/*
 * The order-status example, built again from an empty bot with the mouse and the
 * keyboard only: languages and variables on their pages, every node dropped from
 * the palette, named and filled in, every outcome connected by dragging. The
 * export the studio downloads must then pass the example's own conversation tests
 * with `parley test`, so nothing the analyst needs is missing from the studio.
 */

const root = resolve(import.meta.dirname, '../../..');
const examplePath = join(root, 'examples/bots/order-status.json');
const testsPath = join(root, 'examples/bots/order-status.tests.yaml');

interface ExampleNode {
  id: string;
  type: string;
  data: Record<string, unknown>;
}
interface ExampleEdge {
  source: string;
  sourceHandle: string;
  target: string;
}
interface Example {
  locales: string[];
  settings: { fallbackMessage: Record<string, string>; timezone: string };
  variables: { name: string; type: string; description?: string }[];
  flows: { nodes: ExampleNode[]; edges: ExampleEdge[] }[];
}

const example = JSON.parse(readFileSync(examplePath, 'utf8')) as Example;
const flow = example.flows[0] ?? { nodes: [], edges: [] };
const botName = 'Order status, by hand';

/** Where the n-th node goes: six to a row, far enough apart for their handles. */
function gridSlot(index: number): CanvasPoint {
  return { x: (index % 6) * 300, y: Math.floor(index / 6) * 260 };
}

describe('building the order-status example by hand', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await logIn(page);
    await createBot(page, botName);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sets the languages, the fallback message and the time zone', async () => {
    await page.getByTestId('nav-settings').click();
    const locales = page.getByTestId('settings-locales');
    for (const locale of example.locales.filter((locale) => locale !== 'en')) {
      await locales.click();
      await page.keyboard.insertText(locale);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Escape');
    for (const [locale, text] of Object.entries(example.settings.fallbackMessage)) {
      await typeInto(page.getByTestId(`settings-fallback-${locale}`), text);
    }
    await typeInto(page.getByTestId('settings-timezone'), 'London');
    await page.getByRole('option', { name: example.settings.timezone }).click();
    await page.getByTestId('settings-save').click();
    await waitSaved(page);
  });

  it('declares the variables', async () => {
    await page.getByTestId('nav-variables').click();
    for (const variable of example.variables) {
      await page.getByTestId('variable-create').click();
      await typeInto(page.getByTestId('variable-name'), variable.name);
      await page.getByTestId('variable-type').click();
      await page.locator(`[role="listbox"] [role="option"][value="${variable.type}"]`).click();
      await typeInto(page.getByTestId('variable-description'), variable.description ?? '');
      await page.getByTestId('variable-submit').click();
      await page.getByTestId('variable-submit').waitFor({ state: 'detached' });
    }
    await waitSaved(page);
    const declared = await page
      .getByTestId('variable-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-variable')));
    expect(declared).toEqual(expect.arrayContaining(example.variables.map((v) => v.name)));
  });

  it('drops, names and fills in every node', async () => {
    await page.getByTestId('nav-flows').click();
    await page.getByTestId('node-start').waitFor();
    // A new bot starts with a greeting and a goodbye; only its start node is kept.
    for (const id of (await nodeIds(page)).filter((id) => id !== 'start')) {
      await page.getByTestId(`node-${id}`).click();
      await pressShortcut(page, 'Delete');
    }
    expect(await nodeIds(page)).toEqual(['start']);
    const at = await frameStarter(page, { zoomOutSteps: 3 });
    const nodes = flow.nodes.filter((node) => node.type !== 'start');
    for (const [index, node] of nodes.entries()) {
      await closeSettings(page);
      const added = await dropNode(page, node.type, at(gridSlot(index + 1)));
      await page.locator(`[data-testid="settings-panel"][data-node-id="${added}"]`).waitFor();
      await renameNode(page, node.id);
      await fillNodeSettings(page, node.type, node.data);
    }
    await closeSettings(page);
    expect((await nodeIds(page)).sort()).toEqual(flow.nodes.map((node) => node.id).sort());
  }, 600_000);

  it('connects every outcome by dragging', async () => {
    await fitView(page);
    for (const edge of flow.edges) {
      await connect(page, edge.source, edge.sourceHandle, edge.target);
    }
    const drawn = (await edgeLabels(page)).sort();
    expect(drawn).toHaveLength(flow.edges.length);
    expect(drawn).toEqual(
      flow.edges.map((edge) => `Edge from ${edge.source} to ${edge.target}`).sort(),
    );
    await page.getByTestId('auto-layout').click();
    await page.getByTestId('auto-layout-TB').click();
    await fitView(page);
    // Closer than the whole flow, where the cards show their text.
    for (let step = 0; step < 2; step++) {
      await page.locator('.react-flow__controls-zoomin').click();
      await page.waitForTimeout(300);
    }
    await page.mouse.move(0, 0);
    await waitSaved(page);
    await screenshot(page, 'built-by-hand');
    // Nothing left that the validator calls an error.
    await expect(page.getByTestId('problems-count').getAttribute('data-errors')).resolves.toBe('0');
  }, 300_000);

  it("exports a file that passes the example's conversation tests with `parley test`", async () => {
    await page.getByTestId('nav-versions').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-bot').click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'parley-export-')), download.suggestedFilename());
    await download.saveAs(file);

    const run = spawnSync(
      process.execPath,
      [join(root, 'tools/cli/bin/parley.mjs'), 'test', file, testsPath],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 },
    );
    const summary = run.stdout.trimEnd().split('\n').pop() ?? '';
    const testCount = (readFileSync(testsPath, 'utf8').match(/^ {2}- name:/gm) ?? []).length;
    expect(run.stderr).toBe('');
    expect(summary, run.stdout).toBe(`${testCount} passed, 0 failed`);
    expect(run.status).toBe(0);
  }, 180_000);
});

async function typeInto(input: ReturnType<Page['getByTestId']>, text: string): Promise<void> {
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.press('Delete');
  if (text !== '') await input.page().keyboard.insertText(text);
}

async function closeSettings(page: Page): Promise<void> {
  const close = page.getByTestId('settings-close');
  if (await close.isVisible()) await close.click();
}

/** Names the selected node: F2 opens the box of its id. */
async function renameNode(page: Page, id: string): Promise<void> {
  await pressShortcut(page, 'F2');
  await typeInto(page.getByTestId('node-id-input'), id);
  await page.keyboard.press('Enter');
  await page.locator(`[data-testid="settings-panel"][data-node-id="${id}"]`).waitFor();
}
