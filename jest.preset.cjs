/**
 * Shared jest settings for every back-end project. Sources are TypeScript (and
 * some dependencies ship ESM only), so @swc/jest compiles both to CommonJS.
 */
const esmOnlyPackages = ['@nestjs', 'cookie', 'file-type'].join('|');

module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  setupFiles: [require.resolve('./tools/scripts/jest-fast-check-seed.cjs')],
};
