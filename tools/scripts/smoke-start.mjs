#!/usr/bin/env node
/**
 * CI's smoke test of `npm start` on the embedded database, as a user on a fresh
 * machine would run it: no DATABASE_URL, a new data folder.
 *
 *   1. `npm start` in the background (it builds the runtime, then starts it);
 *   2. /health and then /ready answer 200 within 60 s;
 *   3. the embedded database holds an applied migration (read through the port
 *      in its postmaster.pid and the password in the data folder);
 *   4. SIGTERM: `npm start` exits 0 and PostgreSQL has shut down cleanly.
 *
 * Prints what it checks; exits non-zero with the server's output on failure.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

const root = resolve(import.meta.dirname, '../..');
const dataDir = await mkdtemp(join(tmpdir(), 'parley-smoke-'));
await chmod(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter it
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const env = { ...process.env, PORT: String(port), PARLEY_DATA_DIR: dataDir };
delete env.DATABASE_URL;

const output = [];
const server = spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
server.stdout.on('data', (chunk) => output.push(chunk.toString()));
server.stderr.on('data', (chunk) => output.push(chunk.toString()));
const exited = new Promise((done) => server.on('exit', (code, signal) => done({ code, signal })));

try {
  const started = Date.now();
  await waitFor(`${url}/health`, started);
  await waitFor(`${url}/ready`, started);
  console.log(`smoke: /health and /ready answered 200 after ${Date.now() - started} ms`);

  const migrations = await appliedMigrations();
  if (migrations.length === 0) throw new Error('no migration recorded in the embedded database');
  console.log(`smoke: migrations applied: ${migrations.join(', ')}`);

  server.kill('SIGTERM');
  const { code, signal } = await withTimeout(exited, 30_000, 'exit after SIGTERM');
  if (code !== 0) throw new Error(`npm start exited with ${code ?? signal} after SIGTERM`);
  if (existsSync(join(dataDir, 'postgres', 'postmaster.pid'))) {
    throw new Error('the embedded PostgreSQL is still running after the runtime exited');
  }
  console.log('smoke: SIGTERM → exit 0, embedded PostgreSQL stopped');
  await rm(dataDir, { recursive: true, force: true });
} catch (error) {
  console.error(`smoke: FAILED: ${error.message}\n--- npm start output ---\n${output.join('')}`);
  server.kill('SIGTERM');
  await withTimeout(exited, 20_000, 'exit').catch(() => server.kill('SIGKILL'));
  process.exit(1);
}

/** Polls `target` until it answers 200, for at most 60 s from `since`. */
async function waitFor(target, since) {
  while (Date.now() - since < 60_000) {
    const status = await fetch(target).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    const ended = await Promise.race([exited, new Promise((r) => setTimeout(r, 500))]);
    if (ended) throw new Error(`npm start exited early (${ended.code ?? ended.signal})`);
  }
  throw new Error(`${target} did not answer 200 within 60 s`);
}

/** Names in the embedded database's migrations table. */
async function appliedMigrations() {
  const pid = await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
  const password = (await readFile(join(dataDir, 'postgres.password'), 'utf8')).trim();
  const client = new pg.Client({
    host: '127.0.0.1',
    port: Number(pid.split('\n')[3]), // postmaster.pid: pid, data dir, start time, port…
    user: 'postgres',
    password,
    database: 'parley',
  });
  await client.connect();
  try {
    return (await client.query('SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

function withTimeout(promise, ms, what) {
  return Promise.race([
    promise,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms),
    ),
  ]);
}

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}
