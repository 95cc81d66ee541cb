import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { createTestWorkspace, request, type TestWorkspace } from '../testing/test-callers';
import { tempDataDir } from '../testing/temp-data-dir';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const repoRoot = join(__dirname, '../../../..');
const parleyBin = join(repoRoot, 'tools/cli/bin/parley.mjs');
const exampleBot = join(repoRoot, 'examples/bots/order-status.json');

/** Runs the real `parley` binary in `cwd` with only `env` (plus PATH and HOME). */
function parley(args: string[], env: Record<string, string>, cwd = repoRoot) {
  const child = spawn(process.execPath, [parleyBin, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

/** The id `parley import` printed. */
function importedId(stdout: string): string {
  const id = /Imported "[^"]*" as bot (\S+)/.exec(stdout)?.[1];
  if (id === undefined) throw new Error(`no bot id in:\n${stdout}`);
  return id;
}

/** An export file without the one field that differs from export to export. */
function withoutExportTime(text: string): unknown {
  const { exportedAt, ...rest } = JSON.parse(text) as { exportedAt?: unknown };
  expect(typeof exportedAt).toBe('string');
  return rest;
}

describe('parley import and parley export (the binary, against a real runtime)', () => {
  let runtime: TestRuntime;
  let workspace: TestWorkspace;
  let env: Record<string, string>;
  beforeAll(async () => {
    runtime = await startTestRuntime();
    workspace = await createTestWorkspace(runtime.app);
    const admin = workspace.users.admin;
    const { key } = await runtime.app.get(ApiKeysService).create(
      {
        workspaceId: workspace.workspaceId,
        role: 'admin',
        userId: admin.id,
        apiKeyId: null,
        ip: '127.0.0.1',
      },
      'parley CLI',
      'editor',
    );
    env = { PARLEY_URL: runtime.url, PARLEY_API_KEY: key };
  });
  afterAll(() => runtime.close());

  it('imports and publishes the example bot, and an export of an export is the same file', async () => {
    const imported = await parley(
      [
        'import',
        exampleBot,
        '--publish',
        '--note',
        'first release',
        '--environment',
        'staging,production',
      ],
      env,
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const botId = importedId(imported.stdout);
    expect(imported.stdout).toBe(
      [
        `Imported "Order status" as bot ${botId}`,
        'Published version 1 to staging',
        'Deployed version 1 to production',
        '',
      ].join('\n'),
    );
    const environments = await request(`${runtime.url}/api/v1/bots/${botId}/environments`, 'GET', {
      token: workspace.users.viewer.token,
    });
    const views = (await environments.json()) as { name: string; version: { number: number } }[];
    expect(views.map((view) => [view.name, view.version.number])).toEqual([
      ['staging', 1],
      ['production', 1],
    ]);

    const dir = await tempDataDir();
    const first = await parley(['export', botId, '-o', 'first.json'], env, dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const firstText = await readFile(join(dir, 'first.json'), 'utf8');
    const firstFile = withoutExportTime(firstText);
    expect(firstFile).toMatchObject({
      format: 'parley.bot-export',
      formatVersion: 1,
      bot: { name: 'Order status', draft: { id: 'order-status' } },
      versions: [{ number: 1, note: 'first release', document: { id: 'order-status' } }],
      environments: [
        { name: 'staging', version: 1 },
        { name: 'production', version: 1 },
      ],
    });

    const again = await parley(['import', 'first.json'], env, dir);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    const copyId = importedId(again.stdout);
    expect(copyId).not.toBe(botId);

    const second = await parley(['export', copyId], env);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(withoutExportTime(second.stdout)).toEqual(firstFile);
  });

  it('prints the problems of an invalid document and imports nothing', async () => {
    const before = await request(`${runtime.url}/api/v1/bots`, 'GET', {
      token: workspace.users.viewer.token,
    });
    const count = ((await before.json()) as unknown[]).length;
    const run = await parley(['import', 'tools/cli/fixtures/dangling-edge-bot.json'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Could not import the bot: HTTP 422: /);
    expect(run.stderr).toMatch(
      /\n {2}draft › flow "[^"]+" › edge "e4" › .*\[edge-target-missing\]/,
    );
    const after = await request(`${runtime.url}/api/v1/bots`, 'GET', {
      token: workspace.users.viewer.token,
    });
    expect((await after.json()) as unknown[]).toHaveLength(count);
  });

  it('names the API key when the runtime refuses it', async () => {
    const run = await parley(['export', 'any-bot'], { ...env, PARLEY_API_KEY: 'pk_not-a-key' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('refused the request (HTTP 401): the API key is not valid');
  });
});
