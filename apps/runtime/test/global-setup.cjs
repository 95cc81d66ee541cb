// Runs once before the runtime's tests: builds the runtime (the process tests start
// `dist/.../main.js`), then provides DATABASE_URL — the one given, or an embedded
// PostgreSQL started here in a temporary folder and stopped by global-teardown.cjs.
const { execFileSync } = require('node:child_process');
const { chmodSync, mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const runtimeDir = join(__dirname, '..');

module.exports = async function globalSetup() {
  execFileSync(process.execPath, [join(runtimeDir, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (process.env.DATABASE_URL) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-test-db-'));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const built = join(runtimeDir, 'dist/apps/runtime/src/database/embedded-postgres.js');
  const { startEmbeddedPostgres } = await import(pathToFileURL(built).href);
  const database = await startEmbeddedPostgres(dataDir);
  process.env.DATABASE_URL = database.url;
  globalThis.parleyTestDatabase = { database, dataDir };
  console.log(`\nruntime tests: embedded PostgreSQL in ${dataDir}`);
};
