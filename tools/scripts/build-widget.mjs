#!/usr/bin/env node
/**
 * Builds the web widget (apps/widget → apps/widget/dist/widget.js) with Vite when
 * its build is missing or older than any of its sources, then checks its size
 * budget, so `npm start` serves the current widget at /widget.js. `--force` builds
 * regardless. Usage: `node tools/scripts/build-widget.mjs [--force]`.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildViteApp } from './vite-app-build.mjs';

const widget = resolve(import.meta.dirname, '../../apps/widget');

/** Builds when stale (or always with `force`); returns whether it built. */
export function buildWidget({ force = false } = {}) {
  return buildViteApp(
    {
      name: 'widget',
      dir: widget,
      output: join(widget, 'dist/widget.js'),
      inputs: [join(widget, 'src'), join(widget, 'package.json'), join(widget, 'vite.config.ts')],
      after: ['scripts/check-size.mjs'],
    },
    force,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildWidget({ force: process.argv.includes('--force') });
}
