// Stops the embedded PostgreSQL that global-setup.cjs started, if it started one.
const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const started = globalThis.parleyTestDatabase;
  if (!started) return;
  await started.database.stop();
  rmSync(started.dataDir, { recursive: true, force: true });
};
