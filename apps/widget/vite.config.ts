import { defineConfig } from 'vite';

/**
 * One self-contained script (`dist/widget.js`) that any website can embed: an IIFE
 * with Preact and socket.io inside, and the stylesheet imported as a string
 * (`?inline`) that the widget puts into its own shadow root.
 */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2019',
    cssCodeSplit: false,
    lib: {
      entry: 'src/main.ts',
      name: 'ParleyWidget',
      formats: ['iife'],
      fileName: () => 'widget.js',
    },
  },
});
