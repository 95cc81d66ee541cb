import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SecretsService } from '../secrets/secrets.service';
import { type FreshDatabase, freshDatabase } from '../testing/fresh-database';
import { tempDataDir } from '../testing/temp-data-dir';
import { startTestRuntime } from '../testing/test-runtime';
import { WorkspacesService } from '../workspaces/workspaces.service';

const parleyBin = join(__dirname, '../../../../tools/cli/bin/parley.mjs');

/** Runs the real `parley` binary with only `env` (plus PATH and HOME). */
function parley(args: string[], env: Record<string, string>, input = '') {
  const child = spawn(process.execPath, [parleyBin, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(input);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, output })),
  );
}

describe('parley admin create and parley secrets rotate-key (the binary)', () => {
  let database: FreshDatabase;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database.drop());

  it('creates an admin on a fresh database, then rotates the key of stored secrets', async () => {
    const dataDir = await tempDataDir();
    const env = { DATABASE_URL: database.url, PARLEY_DATA_DIR: dataDir };
    const password = 'a password of some length';
    const created = await parley(
      ['admin', 'create', '--email', 'ops@shop.test', '--password', password],
      env,
    );
    expect(created).toEqual({
      code: 0,
      output: expect.stringContaining('Created the admin ops@shop.test'),
    });
    expect(created.output).not.toContain(password);

    const runtime = await startTestRuntime(env);
    const workspaceId = (await runtime.app.get(WorkspacesService).create('Shop')).id;
    await runtime.app.get(SecretsService).create(workspaceId, 'TOKEN', 'token-before-rotation');
    await runtime.stop();
    const oldKey = await readFile(join(dataDir, 'master.key'), 'utf8');

    const rotated = await parley(['secrets', 'rotate-key'], env);
    expect(rotated.output).toContain('Re-encrypted 1 secret(s)');
    expect(rotated.code).toBe(0);
    expect(await readFile(join(dataDir, 'master.key'), 'utf8')).not.toBe(oldKey);

    const restarted = await startTestRuntime(env);
    try {
      const value = await restarted.app.get(SecretsService).resolve(workspaceId, 'TOKEN');
      expect(value).toBe('token-before-rotation');
    } finally {
      await restarted.stop();
    }
  });

  it('reads the e-mail and password of a new admin from piped lines', async () => {
    const env = { DATABASE_URL: database.url, PARLEY_DATA_DIR: await tempDataDir() };
    const result = await parley(['admin', 'create'], env, 'piped@shop.test\nlong piped password\n');
    expect(result.output).toContain('Created the admin piped@shop.test');
    expect(result.code).toBe(0);
  });

  it('answers bad usage with the usage text and exit code 2', async () => {
    const result = await parley(['secrets', 'rotate-key', '--new-key'], {});
    expect(result.code).toBe(2);
    expect(result.output).toContain('Usage: parley secrets rotate-key');
    expect((await parley(['admin', 'delete'], {})).code).toBe(2);
  });
});
