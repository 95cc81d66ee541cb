#!/usr/bin/env node
/**
 * `npm test`: runs every project's `test` target through Nx, then reads the JSON
 * reports the test runners wrote (jest's and vitest's `--json` format, one file per
 * project under .reports/tests) and prints one closing line: `N passed, N failed,
 * N skipped`. Exits non-zero when any test failed, a project failed without a
 * report, or no test ran at all.
 *
 * Extra arguments go to `nx run-many` (e.g. `npm test -- --projects=flow`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const reportDir = join(root, '.reports', 'tests');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const nx = spawnSync(
  'npx',
  [
    'nx',
    'run-many',
    '-t',
    'test',
    '--outputStyle=stream',
    '--parallel=1',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...process.env } },
);

const totals = { passed: 0, failed: 0, skipped: 0, suitesFailed: 0 };
const reports = readdirSync(reportDir).filter((f) => f.endsWith('.json'));
for (const file of reports) {
  const report = JSON.parse(readFileSync(join(reportDir, file), 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that fails to load (syntax error, missing module) has no failed tests
  // of its own, so count it as a failure or it would vanish from the total.
  totals.suitesFailed += report.numRuntimeErrorTestSuites ?? 0;
}
const failed = totals.failed + totals.suitesFailed;

console.log('');
if (nx.status !== 0 && failed === 0) {
  console.log(
    `A test target failed without reporting a failed test (exit ${nx.status}); see above.`,
  );
}
if (totals.passed + failed === 0) console.log('No test ran.');
console.log(`${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped`);

const ok = nx.status === 0 && failed === 0 && totals.passed > 0;
process.exit(ok ? 0 : 1);
