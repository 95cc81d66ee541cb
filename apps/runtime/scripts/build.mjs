#!/usr/bin/env node
/**
 * Builds the runtime into `apps/runtime/dist` with swc: ESM with fully resolved
 * `.js` imports, legacy decorators and decorator metadata (NestJS and TypeORM read
 * constructor and property types at run time; tsx/esbuild cannot emit them).
 *
 * Workspace libraries (`@parley/*`) export TypeScript sources, which node cannot
 * load, so they are compiled beside the runtime: the output mirrors the repository
 * (`dist/apps/runtime/src/main.js`, `dist/libs/flow/src/index.js`) and every
 * `@parley/...` import is rewritten by swc's `paths` to a relative `.js` path into
 * that tree. npm packages stay imports, resolved from the root `node_modules`.
 * Specs and the runtime's test helpers are left out. Usage: `node apps/runtime/scripts/build.mjs`.
 */
import { transformFile } from '@swc/core';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const outDir = join(root, 'apps/runtime/dist');
const started = Date.now();

const libs = await workspaceLibs();
const swcPaths = importPaths();
const sources = [join(root, 'apps/runtime/src'), ...libs.map((lib) => join(lib.dir, 'src'))];
const files = (await Promise.all(sources.map(listSources))).flat();

await rm(outDir, { recursive: true, force: true });
await Promise.all(files.map(compile));
console.log(
  `runtime built: ${files.length} files in ${Date.now() - started} ms → ${relative(root, outDir)}`,
);

/** Every `libs/*` package with the TypeScript file behind each of its exports. */
async function workspaceLibs() {
  const entries = await readdir(join(root, 'libs'), { withFileTypes: true });
  const found = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const dir = join(root, 'libs', entry.name);
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    const exports =
      typeof manifest.exports === 'string' ? { '.': manifest.exports } : manifest.exports;
    found.push({ dir, name: manifest.name, exports: exports ?? {} });
  }
  return found;
}

/** swc `paths`: `@parley/flow` → `libs/flow/src/index.ts`, one entry per export. */
function importPaths() {
  const paths = {};
  for (const lib of libs) {
    for (const [subpath, target] of Object.entries(lib.exports)) {
      if (typeof target !== 'string') continue;
      const specifier = subpath === '.' ? lib.name : `${lib.name}/${subpath.slice(2)}`;
      paths[specifier] = [relative(root, join(lib.dir, target))];
    }
  }
  return paths;
}

async function listSources(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return (
    entries
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
      .filter((e) => !e.name.endsWith('.spec.ts'))
      // The runtime's test helpers; libraries' testing entries are kept (their exports name them).
      .filter((e) => !e.parentPath.startsWith(join(root, 'apps/runtime/src/testing')))
      .map((e) => join(e.parentPath, e.name))
  );
}

async function compile(file) {
  const target = join(outDir, relative(root, file)).replace(/\.ts$/, '.js');
  const { code, map } = await transformFile(file, {
    swcrc: false,
    sourceMaps: true,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: root,
      paths: swcPaths,
    },
    module: { type: 'es6', resolveFully: true },
  });
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
  if (map) await writeFile(`${target}.map`, map);
}
