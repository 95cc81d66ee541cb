#!/usr/bin/env node
/**
 * Builds the studio (apps/studio → apps/studio/dist) with Vite when its build is
 * missing or older than any of its sources, so `npm start` always serves the
 * current studio. `--force` builds regardless.
 * Usage: `node tools/scripts/build-studio.mjs [--force]`.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildViteApp, viteBin as viteBinOf } from './vite-app-build.mjs';

const root = resolve(import.meta.dirname, '../..');
const studio = join(root, 'apps/studio');

/** Builds when stale (or always with `force`); returns whether it built. */
export function buildStudio({ force = false } = {}) {
  return buildViteApp(
    {
      name: 'studio',
      dir: studio,
      output: join(studio, 'dist/index.html'),
      // The libraries it bundles count too.
      inputs: [
        join(studio, 'src'),
        join(studio, 'public'),
        join(studio, 'index.html'),
        join(studio, 'vite.config.ts'),
        join(studio, 'package.json'),
        join(root, 'libs/flow/src'),
        join(root, 'libs/nodes/src'),
      ],
    },
    force,
  );
}

/** The Vite the studio builds with (for `npm run dev`). */
export function viteBin() {
  return viteBinOf(studio);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildStudio({ force: process.argv.includes('--force') });
}
