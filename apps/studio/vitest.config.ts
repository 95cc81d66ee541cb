import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['./src/testing/setup-tests.ts'],
    css: false,
    // Component tests render whole pages in jsdom; on a loaded two-core machine one can take
    // several seconds, which is slowness, not failure.
    testTimeout: 15_000,
  },
});
