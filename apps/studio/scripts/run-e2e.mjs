#!/usr/bin/env node
/**
 * `npm run e2e`: the studio's end-to-end tests on the real runtime. Builds the
 * runtime and the studio, starts the runtime on a fresh database with a first
 * admin and the example bots, runs apps/studio/e2e/*.e2e.ts (Vitest driving
 * Debian's Chromium through playwright-core), prints `N passed, N failed` and
 * leaves screenshots in test-results/. `--screenshots` also copies the README's
 * pictures into docs/images/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { findChromium } from './e2e/find-chromium.mjs';
import { createFreshDatabase } from './e2e/fresh-database.mjs';
import { startBuiltRuntime } from './e2e/start-built-runtime.mjs';

const root = resolve(import.meta.dirname, '../../..');
const studio = join(root, 'apps/studio');
const results = join(root, 'test-results');
const report = join(results, 'e2e-report.json');
const admin = { email: 'ana@parley.test', password: 'e2e-password-0123' };
/** The screenshots the README shows, by the names the tests save them under. */
const readmeImages = {
  'bot-list.png': 'bot-list.png',
  'canvas-settings.png': 'canvas.png',
  'chinese.png': 'chinese.png',
  'audit-log.png': 'audit-log.png',
  'bot-data-intents.png': 'intents.png',
  'bot-data-settings.png': 'settings.png',
  'publish-dialog.png': 'publish-dialog.png',
  'version-diff.png': 'version-diff.png',
  'environments.png': 'environments.png',
  'widget.png': 'widget.png',
  'simulator.png': 'simulator.png',
  'tests-page.png': 'tests-page.png',
  'coverage.png': 'coverage.png',
};

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const chromium = findChromium();
execFileSync(process.execPath, [join(root, 'apps/runtime/scripts/build.mjs')], {
  stdio: 'inherit',
});
// The repository's script, run rather than imported: it belongs to another project.
execFileSync(process.execPath, [join(root, 'tools/scripts/build-studio.mjs')], {
  stdio: 'inherit',
});
// The web chat widget, which the runtime serves as /widget.js (apps/widget/e2e tests it).
execFileSync('npm', ['run', 'build', '-w', '@parley/widget'], { cwd: root, stdio: 'inherit' });

const database = await createFreshDatabase();
let runtime;
let status;
try {
  runtime = await startBuiltRuntime({
    root,
    logFile: join(results, 'runtime.log'),
    env: {
      DATABASE_URL: database.url,
      PARLEY_ADMIN_EMAIL: admin.email,
      PARLEY_ADMIN_PASSWORD: admin.password,
      PARLEY_STUDIO_DIR: join(studio, 'dist'),
      PARLEY_WIDGET_DIR: join(root, 'apps/widget/dist'),
      PARLEY_EXAMPLE_BOTS_DIR: join(root, 'examples/bots'),
      // Every test file logs in from this one address, more often than a person would.
      PARLEY_LOGIN_RATE_PER_EMAIL: '1000',
      PARLEY_LOGIN_RATE_PER_ADDRESS: '1000',
    },
  });
  console.log(`runtime at ${runtime.url} on database ${database.name}`);
  const vitest = join(
    dirname(createRequire(join(studio, 'package.json')).resolve('vitest/package.json')),
    'vitest.mjs',
  );
  const run = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      '--config',
      'e2e/vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      // Anything else (e.g. a file name filter) goes to Vitest.
      ...process.argv.slice(2).filter((arg) => arg !== '--screenshots'),
    ],
    {
      cwd: studio,
      stdio: 'inherit',
      env: {
        ...process.env,
        PARLEY_E2E_URL: runtime.url,
        PARLEY_E2E_EMAIL: admin.email,
        PARLEY_E2E_PASSWORD: admin.password,
        PARLEY_E2E_RESULTS: results,
        CHROMIUM_PATH: chromium,
      },
    },
  );
  status = run.status ?? 1;
} finally {
  await runtime?.stop();
  await database.drop();
}

const counts = readCounts();
console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
console.log(`screenshots: ${results}`);
if (process.argv.includes('--screenshots') && status === 0) {
  const images = join(root, 'docs/images');
  mkdirSync(images, { recursive: true });
  for (const [from, to] of Object.entries(readmeImages))
    copyFileSync(join(results, from), join(images, to));
  console.log(`README pictures updated in docs/images: ${Object.values(readmeImages).join(', ')}`);
}
process.exit(status === 0 && counts.failed === 0 && counts.passed > 0 ? 0 : 1);

function readCounts() {
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    return {
      passed: json.numPassedTests ?? 0,
      failed: (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0),
    };
  } catch {
    return { passed: 0, failed: 1 };
  }
}
