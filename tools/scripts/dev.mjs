#!/usr/bin/env node
/**
 * `npm run dev`: the runtime (as `npm start` runs it) and the studio's Vite dev
 * server with hot reload, which forwards /api, /health and /socket.io to the
 * runtime. Open the Vite URL it prints. Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { viteBin } from './build-studio.mjs';

const root = resolve(import.meta.dirname, '../..');
const port = process.env.PORT ?? '3000';
const children = [
  spawn(process.execPath, [join(root, 'tools/scripts/start.mjs')], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port },
  }),
  spawn(process.execPath, [viteBin(), '--host', '127.0.0.1'], {
    cwd: join(root, 'apps/studio'),
    stdio: 'inherit',
    env: { ...process.env, PARLEY_RUNTIME_URL: `http://127.0.0.1:${port}` },
  }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
