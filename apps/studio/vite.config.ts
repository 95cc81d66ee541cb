import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `npm run dev` finds the runtime; the runtime serves the built studio itself. */
const runtimeUrl = process.env.PARLEY_RUNTIME_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: 5173,
    proxy: {
      '/api': runtimeUrl,
      '/health': runtimeUrl,
      '/socket.io': { target: runtimeUrl, ws: true },
    },
  },
});
