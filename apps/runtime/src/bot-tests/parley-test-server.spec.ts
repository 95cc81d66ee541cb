import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anaTest, greeterBot, strangerTest } from '@parley/conversation-tests/testing';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { createTestWorkspace, request, type TestWorkspace } from '../testing/test-callers';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const repoRoot = join(__dirname, '../../../..');
const parleyBin = join(repoRoot, 'tools/cli/bin/parley.mjs');

/** Runs the real `parley` binary with only `env` (plus PATH and HOME). */
function parley(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [parleyBin, ...args], {
    cwd: repoRoot,
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

/** The report without its first line (which names the file or the bot and target). */
const body = (stdout: string) => stdout.trimEnd().split('\n').slice(1).join('\n');

describe('parley test --server (the binary, against a real runtime)', () => {
  let runtime: TestRuntime;
  let workspace: TestWorkspace;
  let key: string;
  let botId: string;
  let dir: string;
  beforeAll(async () => {
    runtime = await startTestRuntime();
    workspace = await createTestWorkspace(runtime.app);
    const admin = workspace.users.admin;
    ({ key } = await runtime.app.get(ApiKeysService).create(
      {
        workspaceId: workspace.workspaceId,
        role: 'admin',
        userId: admin.id,
        apiKeyId: null,
        ip: '127.0.0.1',
      },
      'CI',
      'viewer',
    ));
    const token = workspace.users.editor.token;
    const url = `${runtime.url}/api/v1/bots`;
    const created = await request(url, 'POST', {
      token,
      body: { name: 'Greeter', document: greeterBot([strangerTest]) },
    });
    botId = ((await created.json()) as { id: string }).id;
    expect((await request(`${url}/${botId}/publish`, 'POST', { token, body: {} })).status).toBe(
      201,
    );
    // The draft moves on with a test that fails; staging keeps version 1's single test.
    const saved = await request(`${url}/${botId}/draft`, 'PUT', {
      token,
      body: { revision: 1, document: greeterBot([strangerTest, anaTest]) },
    });
    expect(saved.status).toBe(200);
    dir = await mkdtemp(join(tmpdir(), 'parley-test-server-'));
  });
  afterAll(async () => {
    await runtime.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("passes on staging's version (the default) with PARLEY_API_KEY, with coverage and the summary", async () => {
    const run = await parley(['test', '--server', runtime.url, '--bot', botId], {
      PARLEY_API_KEY: key,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`bot ${botId}, staging (version 1)`);
    expect(run.stdout).toContain('  ✓ greets a stranger');
    expect(run.stdout).toContain(
      'outcome coverage: 4 of 6 outcomes taken; not taken: check → vip, vip-hello → next',
    );
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('1 passed, 0 failed');
  });

  it('fails on the draft with exit 1 and the same report as the tests run from a file', async () => {
    const run = await parley(
      ['test', '--server', runtime.url, '--bot', botId, '--draft', '--api-key', key],
      {},
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`  ✗ greets Ana like anyone
      turn 1: the user said "Ana"
      message 1: the text differs
        expected  "Hello, Ana."
        said      "Welcome back, Ana!"`);
    expect(run.stdout).toContain('diverged at node "vip-hello" (message) in flow "main"');
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('1 passed, 1 failed');
    const file = join(dir, 'greeter.json');
    await writeFile(file, JSON.stringify(greeterBot([strangerTest, anaTest])));
    const local = await parley(['test', file], {});
    expect(local.code).toBe(1);
    expect(body(run.stdout)).toBe(body(local.stdout));
  });

  it('explains a refused key and an unknown environment, exit 1; bad usage exits 2', async () => {
    const refused = await parley(['test', '--server', runtime.url, '--bot', botId], {
      PARLEY_API_KEY: 'pk_wrong',
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).not.toBe('');
    const qa = await parley(['test', '--server', runtime.url, '--bot', botId, '--env', 'qa'], {
      PARLEY_API_KEY: key,
    });
    expect(qa.code).toBe(1);
    expect(qa.stderr).toContain('HTTP 404');
    const both = await parley(
      ['test', '--server', runtime.url, '--bot', botId, '--env', 'qa', '--draft'],
      { PARLEY_API_KEY: key },
    );
    expect(both.code).toBe(2);
    expect((await parley(['test', '--server', runtime.url], { PARLEY_API_KEY: key })).code).toBe(2);
  });
});
