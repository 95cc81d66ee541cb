#!/usr/bin/env node
/**
 * `npm start`: builds the runtime (swc, about a second) and runs it in this
 * process, so that SIGTERM and Ctrl-C reach it directly. With no DATABASE_URL it
 * starts its own embedded PostgreSQL, with data in PARLEY_DATA_DIR (default
 * ./.parley). Installs nothing; run `npm install` first.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const runtime = join(resolve(import.meta.dirname, '../..'), 'apps/runtime');
execFileSync(process.execPath, [join(runtime, 'scripts/build.mjs')], { stdio: 'inherit' });
process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(runtime, 'dist/apps/runtime/src/main.js')).href);
