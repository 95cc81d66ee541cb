#!/usr/bin/env node
/**
 * `npm start`: builds the studio and the web widget when their builds are stale (Vite)
 * and the runtime (swc, about a second), and runs the runtime in this process,
 * so that SIGTERM and Ctrl-C reach it directly. With no DATABASE_URL it starts
 * its own embedded PostgreSQL, with data in PARLEY_DATA_DIR (default
 * ./.parley). The first workspace gets the example bots of examples/bots. The
 * runtime serves the studio at `/` and the widget at `/widget.js`, so one URL is all a user needs.
 * Installs nothing; run `npm install` first.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildStudio } from './build-studio.mjs';
import { buildWidget } from './build-widget.mjs';

const root = resolve(import.meta.dirname, '../..');
const runtime = join(root, 'apps/runtime');
// A new installation gets the example bots (once); set it empty to start with none.
process.env.PARLEY_EXAMPLE_BOTS_DIR ??= join(root, 'examples/bots');
buildStudio();
buildWidget();
execFileSync(process.execPath, [join(runtime, 'scripts/build.mjs')], { stdio: 'inherit' });
process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(runtime, 'dist/apps/runtime/src/main.js')).href);
