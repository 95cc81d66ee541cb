#!/usr/bin/env node
/**
 * Builds the studio (apps/studio → apps/studio/dist) with Vite when its build is
 * missing or older than any of its sources, so `npm start` always serves the
 * current studio without paying for a build when nothing changed.
 * `--force` builds regardless. Usage: `node tools/scripts/build-studio.mjs [--force]`.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const studio = join(root, 'apps/studio');
const builtIndex = join(studio, 'dist/index.html');
/** What the build reads besides node_modules; the libraries it bundles count too. */
const inputs = [
  join(studio, 'src'),
  join(studio, 'public'),
  join(studio, 'index.html'),
  join(studio, 'vite.config.ts'),
  join(studio, 'package.json'),
  join(root, 'libs/flow/src'),
  join(root, 'libs/nodes/src'),
];

/** Builds when stale (or always with `force`); returns whether it built. */
export function buildStudio({ force = false } = {}) {
  if (!force && !isStale()) return false;
  execFileSync(process.execPath, [viteBin(), 'build', '--logLevel', 'warn'], {
    cwd: studio,
    stdio: 'inherit',
  });
  console.log('studio built → apps/studio/dist');
  return true;
}

/** npm may install Vite under the studio rather than at the root; ask node where. */
export function viteBin() {
  const manifest = createRequire(join(studio, 'package.json')).resolve('vite/package.json');
  return join(dirname(manifest), 'bin/vite.js');
}

function isStale() {
  const built = mtime(builtIndex);
  return built === undefined || inputs.some((input) => newestMtime(input) > built);
}

function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function mtime(path) {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildStudio({ force: process.argv.includes('--force') });
}
