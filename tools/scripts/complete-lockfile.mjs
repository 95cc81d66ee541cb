#!/usr/bin/env node
/**
 * npm records only the platform packages it could download, so a lock file made
 * where some other platform's optional binaries (e.g. `@swc/core-darwin-arm64`)
 * cannot be fetched lacks their entries, and `npm ci` then refuses it as out of
 * sync. This adds an optional entry (name and version only) for every optional
 * dependency the lock names but does not hold; `npm ci` skips those that cannot
 * be fetched for the platform it runs on, as it does for any optional package.
 *
 * Run after changing dependencies: `npm install && npm run lock:complete`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const lockPath = join(resolve(import.meta.dirname, '../..'), 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;
let added = 0;

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (findInstalled(path, name)) continue;
    packages[`node_modules/${name}`] = { version, dev: entry.dev, optional: true };
    added++;
  }
}

/** Where node's resolution from `from` would find `name` in the lock, if anywhere. */
function findInstalled(from, name) {
  let dir = from;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (packages[candidate]) return true;
    if (dir === '') return false;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform entr${added === 1 ? 'y' : 'ies'}`);
