import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: run by scripts/run-e2e.mjs against a started runtime, one
 * file at a time (they share the runtime's data), never by `npm test`.
 */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    // The widget's own end-to-end tests run against the same runtime.
    include: ['**/*.e2e.ts', '../../widget/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
