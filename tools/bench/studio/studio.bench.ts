/**
 * `npm run bench:studio`: how fast the studio opens a large flow and how smoothly
 * it pans and zooms it. Builds the runtime and the studio, runs the production
 * build on a fresh database, imports a generated 501-node bot, and drives Debian's
 * Chromium (playwright-core; nothing is downloaded): opens the flow three times
 * (`loadMs` is the median), then pans and zooms for 5 s counting
 * `requestAnimationFrame` callbacks (`fps`). Prints one JSON line on stdout,
 * progress on stderr. Exits 0 whether or not the targets are met, 1 when the run
 * itself fails. Env: BENCH_STUDIO_DATABASE_URL, BENCH_SEGMENTS (25 → 501 nodes),
 * CHROMIUM_PATH, BENCH_CPU_PROF (a folder: the page's CPU profile of the last open and the
 * pan and zoom is written there, to see where the time goes).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { apiCall } from '../shared/api-call';
import { progressFor } from '../shared/progress';
import { resetDatabase } from '../shared/reset-database';
import { startRuntime } from '../shared/runtime-process';
import { measureFps, measureLoad } from './canvas-measure';
import { findChromium } from './find-chromium';
import { generateLargeFlowBot } from './large-flow';

const DATABASE_URL =
  process.env.BENCH_STUDIO_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/parley_bench_studio';
const SEGMENTS = Number(process.env.BENCH_SEGMENTS ?? 25);
const LOADS = 3;
const PAN_ZOOM_MS = 5_000;
const TARGETS = { loadMs: 2_000, fps: 50 };
const repoRoot = resolve(import.meta.dirname, '../../..');
const progress = progressFor('studio');

try {
  await run();
} catch (error) {
  progress(`run failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

async function run(): Promise<void> {
  progress(`resetting ${new URL(DATABASE_URL).pathname.slice(1)}`);
  await resetDatabase(DATABASE_URL);
  progress('building the studio');
  execFileSync(process.execPath, [join(repoRoot, 'tools/scripts/build-studio.mjs')], {
    stdio: ['ignore', process.stderr, process.stderr],
  });
  const admin = { email: 'bench@parley.test', password: randomBytes(18).toString('base64url') };
  progress('building and starting the runtime');
  const runtime = await startRuntime({
    repoRoot,
    databaseUrl: DATABASE_URL,
    admin,
    name: 'studio',
    env: { PARLEY_STUDIO_DIR: join(repoRoot, 'apps/studio/dist') },
  });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const document = generateLargeFlowBot(SEGMENTS);
    const flow = document.flows[0];
    const nodeCount = flow?.nodes.length ?? 0;
    const botId = await importBot(runtime.url, admin, document);
    progress(`imported a flow of ${nodeCount} nodes and ${flow?.edges.length ?? 0} edges`);
    const context = await browser.newContext({
      baseURL: runtime.url,
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    await logIn(page, admin);
    const loads: number[] = [];
    let nodesDrawn = 0;
    for (let i = 0; i < LOADS; i++) {
      const profiled = i === LOADS - 1 ? await startProfile(page) : undefined;
      const load = await measureLoad(page, botId);
      await profiled?.stop('load');
      loads.push(load.ms);
      nodesDrawn = load.nodesDrawn;
      progress(`open ${i + 1}: ${load.ms} ms, ${load.nodesDrawn} nodes drawn`);
    }
    const loadMs = median(loads);
    progress(`panning and zooming for ${PAN_ZOOM_MS / 1000} s`);
    const profiled = await startProfile(page);
    const fps = await measureFps(page, PAN_ZOOM_MS);
    await profiled?.stop('pan-zoom');
    console.log(
      JSON.stringify({
        bench: 'studio',
        nodes: nodeCount,
        edges: flow?.edges.length ?? 0,
        loadMs,
        loads,
        nodesDrawn,
        fps,
        targets: TARGETS,
        met: loadMs <= TARGETS.loadMs && fps >= TARGETS.fps,
      }),
    );
  } finally {
    await browser.close();
    await runtime.stop();
  }
}

async function importBot(
  url: string,
  admin: { email: string; password: string },
  document: unknown,
): Promise<string> {
  const session = await apiCall<{ accessToken: string }>(url, 'POST', '/api/v1/auth/login', 200, {
    body: admin,
  });
  const bot = await apiCall<{ id: string }>(url, 'POST', '/api/v1/bots/import', 201, {
    body: document,
    auth: `Bearer ${session.accessToken}`,
  });
  return bot.id;
}

/** Logs in through the studio's form, so the page holds a session as a person's would. */
async function logIn(page: Page, admin: { email: string; password: string }): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-email').fill(admin.email);
  await page.getByTestId('login-password').fill(admin.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('bot-table').waitFor();
}

/** With BENCH_CPU_PROF set, records the page's JavaScript until `stop(name)` writes it there. */
async function startProfile(
  page: Page,
): Promise<{ stop(name: string): Promise<void> } | undefined> {
  const folder = process.env.BENCH_CPU_PROF;
  if (!folder) return undefined;
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.start');
  return {
    async stop(name) {
      const { profile } = await session.send('Profiler.stop');
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, `studio-${name}.cpuprofile`), JSON.stringify(profile));
      await session.detach();
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
