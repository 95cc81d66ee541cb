// Jest reads this CommonJS file itself; the preset is shared by every project.
// The runtime's tests are integration tests against a real PostgreSQL: globalSetup
// builds the runtime (some tests start the built server) and, when DATABASE_URL is
// not set, starts one embedded PostgreSQL for the run.
const preset = require('../../jest.preset.cjs');

// ESM-only packages the runtime pulls in beyond the preset's; swc compiles them to CommonJS.
const esmOnlyPackages = ['@nestjs', 'cookie', 'file-type', 'content-disposition'].join('|');

module.exports = {
  ...preset,
  displayName: require('./package.json').name,
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages})/)`],
  globalSetup: '<rootDir>/test/global-setup.cjs',
  globalTeardown: '<rootDir>/test/global-teardown.cjs',
  setupFilesAfterEnv: ['<rootDir>/src/testing/remove-temp-dirs.setup.ts'],
  // One database for the whole run, and servers that take a while to start.
  maxWorkers: 1,
  testTimeout: 60_000,
};
