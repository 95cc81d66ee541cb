import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** The built entry point; `test/global-setup.cjs` builds it before the tests. */
export const BUILT_MAIN = join(__dirname, '../../dist/apps/runtime/src/main.js');

/** A runtime started as its own process from the build, as `npm start` runs it. */
export interface SpawnedRuntime {
  child: ChildProcessByStdio<null, Readable, Readable>;
  stdout: string[];
  stderr: string[];
  /** The exit code (`null` when killed by a signal). */
  exited: Promise<number | null>;
  /** Resolves with the URL it prints once listening; rejects if it exits first. */
  ready: Promise<string>;
}

/**
 * Starts `node dist/.../main.js` with only `env` (plus PATH and HOME), so that the
 * test's own environment cannot leak in. Output is collected line by line.
 */
export function spawnRuntime(env: Record<string, string>): SpawnedRuntime {
  const child = spawn(process.execPath, [BUILT_MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      stdout.push(line);
      const url = /running at (http:\/\/\S+)/.exec(line)?.[1];
      if (url) resolve(url);
    });
    createInterface({ input: child.stderr }).on('line', (line) => stderr.push(line));
    void exited.then((code) => reject(new Error(`runtime exited (${code}): ${stderr.join('\n')}`)));
  });
  ready.catch(() => undefined);
  return { child, stdout, stderr, exited, ready };
}
