/**
 * Builds a Vite app of the repository when its build is missing or older than any
 * of its inputs, so `npm start` always serves current assets without paying for a
 * build when nothing changed.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * @param {object} app
 * @param {string} app.name      shown in the log line
 * @param {string} app.dir       the app's folder (holds package.json and the Vite config)
 * @param {string} app.output    a file the build writes; its age is the build's
 * @param {string[]} app.inputs  files and folders the build reads besides node_modules
 * @param {string[]} [app.after] a script (relative to `dir`) run after a build, e.g. a size check
 * @param {boolean} [force]      build regardless of age
 * @returns {boolean} whether it built
 */
export function buildViteApp(app, force = false) {
  if (!force && !isStale(app.output, app.inputs)) return false;
  execFileSync(process.execPath, [viteBin(app.dir), 'build', '--logLevel', 'warn'], {
    cwd: app.dir,
    stdio: 'inherit',
  });
  if (app.after) execFileSync(process.execPath, app.after, { cwd: app.dir, stdio: 'inherit' });
  console.log(`${app.name} built → ${app.output}`);
  return true;
}

/** npm may install Vite under the app rather than at the root; ask node where. */
export function viteBin(dir) {
  const manifest = createRequire(join(dir, 'package.json')).resolve('vite/package.json');
  return join(dirname(manifest), 'bin/vite.js');
}

function isStale(output, inputs) {
  const built = statSync(output, { throwIfNoEntry: false })?.mtimeMs;
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
