import type { Page } from 'playwright-core';

/**
 * Opens the flow editor of `botId` and returns the milliseconds from navigation
 * start until the flow is drawn: its nodes are on the canvas, each with its size
 * measured (React Flow hides a node until it knows its size), and their number has
 * not changed for three frames (a large flow mounts only the nodes in view, once it
 * knows where they are). Timed by the page's own clock; `nodesDrawn` says how many.
 */
export async function measureLoad(
  page: Page,
  botId: string,
): Promise<{ ms: number; nodesDrawn: number }> {
  await page.goto(`/bots/${botId}/flows`, { waitUntil: 'commit' });
  // A string, not a function: the bench runs through a bundler that wraps named inner
  // functions in a helper the page does not have. State lives on `window` between polls.
  const drawn = await page.waitForFunction(
    `(() => {
      const nodes = document.querySelectorAll('.react-flow__node');
      const ready = nodes.length > 0 &&
        [...nodes].every((node) => node.style.visibility !== 'hidden');
      const seen = window.benchLoad ?? { count: -1, since: 0, frames: 0 };
      if (!ready || nodes.length !== seen.count) {
        window.benchLoad = { count: ready ? nodes.length : -1, since: performance.now(), frames: 0 };
        return false;
      }
      seen.frames += 1;
      return seen.frames >= 3 ? { ms: seen.since, nodesDrawn: seen.count } : false;
    })()`,
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  const result = (await drawn.jsonValue()) as { ms: number; nodesDrawn: number };
  return { ms: Math.round(result.ms), nodesDrawn: result.nodesDrawn };
}

/**
 * Drives a scripted pan (dragging the empty canvas round a circle) and zoom (the
 * wheel, in and out) for `durationMs`, the way a person explores a large flow, and
 * returns the `requestAnimationFrame` callbacks the page ran per second meanwhile:
 * a main thread busy re-rendering the canvas runs fewer of them.
 */
export async function measureFps(page: Page, durationMs: number): Promise<number> {
  const box = await page.locator('.react-flow').boundingBox();
  if (!box) throw new Error('the canvas is not on the page');
  const grab = await emptyCanvasPoint(page, box);
  // A string, not a function: the bench runs through a bundler that wraps named inner
  // functions in a helper the page does not have.
  await page.evaluate(`(() => {
    const counter = { frames: 0, running: true, startedAt: performance.now() };
    const tick = () => {
      if (!counter.running) return;
      counter.frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.benchFrames = counter;
  })()`);
  const half = durationMs / 2;
  await pan(page, grab, half);
  await zoom(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, half);
  const { frames, seconds } = await page.evaluate(() => {
    const counter = (
      window as unknown as { benchFrames: { frames: number; running: boolean; startedAt: number } }
    ).benchFrames;
    counter.running = false;
    return { frames: counter.frames, seconds: (performance.now() - counter.startedAt) / 1000 };
  });
  return Math.round((frames / seconds) * 10) / 10;
}

interface Point {
  x: number;
  y: number;
}

/** Drags the canvas round a circle of 150 px, one pointer move every 16 ms. */
async function pan(page: Page, from: Point, durationMs: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const started = Date.now();
  while (Date.now() - started < durationMs) {
    const angle = ((Date.now() - started) / durationMs) * 2 * Math.PI;
    await page.mouse.move(from.x + 150 * Math.sin(angle), from.y + 150 * (1 - Math.cos(angle)));
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}

/** Zooms in and out at `at`, a wheel notch every 40 ms, turning round every ten notches. */
async function zoom(page: Page, at: Point, durationMs: number): Promise<void> {
  await page.mouse.move(at.x, at.y);
  const started = Date.now();
  for (let notch = 0; Date.now() - started < durationMs; notch++) {
    await page.mouse.wheel(0, Math.floor(notch / 10) % 2 === 0 ? -100 : 100);
    await page.waitForTimeout(40);
  }
}

/** A point of the canvas with no node or edge under it, where a drag pans instead of moving a node. */
async function emptyCanvasPoint(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
): Promise<Point> {
  const point = await page.evaluate((area) => {
    for (let y = area.y + 40; y < area.y + area.height - 200; y += 17) {
      for (let x = area.x + 40; x < area.x + area.width - 200; x += 23) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'))
          return { x, y };
      }
    }
    return null;
  }, box);
  if (!point) throw new Error('no empty spot on the canvas to drag it by');
  return point;
}
