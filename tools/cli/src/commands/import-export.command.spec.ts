import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliRoot, repoRoot } from '../testing/run-parley';

/** A request the CLI made, as the imitation runtime received it. */
interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

type Answer = { status: number; body?: unknown };

/**
 * A tiny HTTP server that answers like the runtime's API would, from a table of
 * `"METHOD /path"` → answer, and records every request the CLI makes.
 */
class ImitationRuntime {
  readonly received: Received[] = [];
  private readonly server: Server;

  constructor(private readonly routes: Record<string, Answer>) {
    this.server = createServer((req, res) => void this.answer(req, res));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let text = '';
    for await (const chunk of req) text += String(chunk);
    const method = req.method ?? '';
    const url = req.url ?? '';
    this.received.push({
      method,
      url,
      headers: req.headers,
      body: text === '' ? undefined : JSON.parse(text),
    });
    const answer = this.routes[`${method} ${url}`] ?? {
      status: 404,
      body: { statusCode: 404, message: `Cannot ${method} ${url}` },
    };
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  }
}

/**
 * Runs the real `parley` binary without blocking this process (the imitation
 * runtime lives here), with only `env` plus PATH and HOME: no PARLEY_* of the
 * machine running the tests leaks in.
 */
function parley(args: string[], env: Record<string, string> = {}, cwd = repoRoot) {
  const child = spawn(process.execPath, [join(cliRoot, 'bin', 'parley.mjs'), ...args], {
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

// Every test starts the binary (compiled from source on start) a few times.
jest.setTimeout(30_000);

const botFile = join(repoRoot, 'examples', 'bots', 'order-status.json');

const summary = {
  id: 'b-1',
  name: 'Order status',
  documentId: 'order-status',
  draftRevision: 1,
  latestVersion: null,
  environments: [
    { name: 'staging', version: null },
    { name: 'production', version: null },
  ],
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
};

const exportFile = {
  format: 'parley.bot-export',
  formatVersion: 1,
  exportedAt: '2026-01-10T09:00:00.000Z',
  bot: { name: 'Order status', draft: { schemaVersion: 2, id: 'order-status' } },
  versions: [
    {
      number: 1,
      note: 'first',
      author: 'ana@shop.test',
      publishedAt: '2026-01-09T09:00:00.000Z',
      document: { schemaVersion: 2, id: 'order-status' },
    },
  ],
  environments: [
    { name: 'staging', version: 1, variables: {}, secrets: { CRM_TOKEN: 'CRM_TOKEN' } },
  ],
};

const versionSummary = (number: number) => ({
  id: `v-${number}`,
  number,
  note: 'from the CLI',
  author: 'api key "ci"',
  publishedAt: '2026-01-10T09:00:00.000Z',
});

const environmentView = (name: string, number: number) => ({
  name,
  version: versionSummary(number),
  variables: {},
  secrets: {},
  updatedAt: '2026-01-10T09:00:00.000Z',
});

describe('parley export and parley import (against an imitation runtime)', () => {
  let runtime: ImitationRuntime | undefined;
  let workDir: string;

  /** Starts an imitation runtime answering `routes`; stopped after each test. */
  async function serve(routes: Record<string, Answer>): Promise<string> {
    runtime = new ImitationRuntime(routes);
    return runtime.start();
  }
  const received = () => runtime?.received ?? [];

  beforeEach(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'parley-transfer-'));
  });
  afterEach(async () => {
    await runtime?.stop();
    runtime = undefined;
    await rm(workDir, { recursive: true, force: true });
  });

  describe('parley export', () => {
    it('GETs the export with the key and address from the environment, and prints it', async () => {
      const url = await serve({ 'GET /api/v1/bots/b-1/export': { status: 200, body: exportFile } });
      const run = await parley(['export', 'b-1'], { PARLEY_URL: url, PARLEY_API_KEY: 'pk_env' });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(exportFile);
      expect(received()).toEqual([
        expect.objectContaining({ method: 'GET', url: '/api/v1/bots/b-1/export', body: undefined }),
      ]);
      expect(received()[0]?.headers).toMatchObject({ 'x-api-key': 'pk_env' });
      expect(received()[0]?.headers.authorization).toBeUndefined();
    });

    it('writes pretty JSON to -o, sending a token given as an option', async () => {
      const url = await serve({
        'GET /api/v1/bots/b%2F1/export': { status: 200, body: exportFile },
      });
      const run = await parley(
        ['export', 'b/1', '-o', 'bot.export.json', '--url', `${url}/`, '--token', 'tok'],
        { PARLEY_API_KEY: 'pk_ignored_when_a_token_is_given' },
        workDir,
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('Exported bot b/1 (1 version, 1 environment) to bot.export.json\n');
      const written = await readFile(join(workDir, 'bot.export.json'), 'utf8');
      expect(written).toBe(`${JSON.stringify(exportFile, null, 2)}\n`);
      expect(received()[0]?.headers).toMatchObject({ authorization: 'Bearer tok' });
      expect(received()[0]?.headers['x-api-key']).toBeUndefined();
    });

    it('reports an unknown bot with the runtime message, writing nothing', async () => {
      const url = await serve({
        'GET /api/v1/bots/nope/export': {
          status: 404,
          body: { statusCode: 404, message: 'No bot nope in this workspace' },
        },
      });
      const run = await parley(['export', 'nope', '-o', 'out.json', '--url', url], {}, workDir);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        'Could not export the bot: HTTP 404: No bot nope in this workspace\n',
      );
      await expect(readFile(join(workDir, 'out.json'))).rejects.toThrow(/ENOENT/);
    });
  });

  describe('parley import', () => {
    it('POSTs the file as it is and prints the new bot id and name', async () => {
      const url = await serve({ 'POST /api/v1/bots/import': { status: 201, body: summary } });
      const run = await parley(['import', botFile, '--url', url, '--api-key', 'pk_cli']);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe('Imported "Order status" as bot b-1\n');
      expect(run.code).toBe(0);
      const file: unknown = JSON.parse(await readFile(botFile, 'utf8'));
      expect(received()).toEqual([
        expect.objectContaining({ method: 'POST', url: '/api/v1/bots/import', body: file }),
      ]);
      expect(received()[0]?.headers).toMatchObject({
        'x-api-key': 'pk_cli',
        'content-type': 'application/json',
      });
    });

    it('with --publish, publishes into the first environment and deploys to the others', async () => {
      const url = await serve({
        'POST /api/v1/bots/import': { status: 201, body: { ...summary, latestVersion: 2 } },
        'POST /api/v1/bots/b-1/publish': {
          status: 201,
          body: { version: versionSummary(3), environment: environmentView('staging', 3) },
        },
        'POST /api/v1/bots/b-1/environments/production/deploy': {
          status: 200,
          body: environmentView('production', 3),
        },
      });
      const exportPath = join(workDir, 'bot.export.json');
      await writeFile(exportPath, JSON.stringify(exportFile));
      const run = await parley(
        [
          'import',
          exportPath,
          '--publish',
          '--note',
          'from the CLI',
          '--environment',
          'staging, production',
        ],
        { PARLEY_URL: url, PARLEY_API_KEY: 'pk_cli' },
      );
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(
        [
          'Imported "Order status" as bot b-1',
          'Published version 3 to staging',
          'Deployed version 3 to production',
          '',
        ].join('\n'),
      );
      expect(run.code).toBe(0);
      expect(received().map(({ method, url: path, body }) => [method, path, body])).toEqual([
        ['POST', '/api/v1/bots/import', exportFile],
        ['POST', '/api/v1/bots/b-1/publish', { note: 'from the CLI', environment: 'staging' }],
        ['POST', '/api/v1/bots/b-1/environments/production/deploy', { version: 3 }],
      ]);
      expect(received().every((r) => r.headers['x-api-key'] === 'pk_cli')).toBe(true);
    });

    it('publishes to staging when no environment is named', async () => {
      const url = await serve({
        'POST /api/v1/bots/import': { status: 201, body: summary },
        'POST /api/v1/bots/b-1/publish': {
          status: 201,
          body: { version: versionSummary(1), environment: environmentView('staging', 1) },
        },
      });
      const run = await parley(['import', botFile, '--publish', '--url', url]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Published version 1 to staging');
      expect(received().map((r) => r.body)).toEqual([
        expect.anything(),
        { environment: 'staging' },
      ]);
    });

    it('on 422 prints every problem with its document and path, and publishes nothing', async () => {
      const url = await serve({
        'POST /api/v1/bots/import': {
          status: 422,
          body: {
            statusCode: 422,
            message: 'The import has invalid documents',
            problems: [
              {
                document: 'draft',
                code: 'edge-target-missing',
                severity: 'error',
                path: ['flows', 0, 'edges', 3, 'target'],
                flowId: 'main',
                edgeId: 'e4',
                message: 'The edge leads to node "n99", which does not exist.',
              },
              {
                document: 'version 2',
                code: 'invalid-document',
                severity: 'error',
                path: ['settings', 'fallbackMessage', 'zh-CN'],
                message: 'Expected a string.',
              },
            ],
          },
        },
      });
      const run = await parley(['import', botFile, '--publish', '--url', url]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        [
          'Could not import the bot: HTTP 422: The import has invalid documents',
          '  draft › flow "main" › edge "e4" › flows[0].edges[3].target: The edge leads to node "n99", which does not exist. [edge-target-missing]',
          '  version 2 › settings.fallbackMessage.zh-CN: Expected a string. [invalid-document]',
          '',
        ].join('\n'),
      );
      expect(received()).toHaveLength(1);
    });

    it('says so when the bot was imported but could not be published', async () => {
      const url = await serve({
        'POST /api/v1/bots/import': { status: 201, body: summary },
        'POST /api/v1/bots/b-1/publish': {
          status: 422,
          body: {
            statusCode: 422,
            message: 'The draft has errors',
            problems: [{ code: 'no-start', path: [], flowId: 'main', message: 'No start node.' }],
          },
        },
      });
      const run = await parley(['import', botFile, '--publish', '--url', url]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('Imported "Order status" as bot b-1\n');
      expect(run.stderr).toBe(
        [
          'Could not publish the bot: HTTP 422: The draft has errors',
          '  flow "main": No start node. [no-start]',
          'The bot was imported as b-1, but not published.',
          '',
        ].join('\n'),
      );
    });

    it('stops at the first environment a deploy fails for', async () => {
      const url = await serve({
        'POST /api/v1/bots/import': { status: 201, body: summary },
        'POST /api/v1/bots/b-1/publish': {
          status: 201,
          body: { version: versionSummary(1), environment: environmentView('staging', 1) },
        },
      });
      const run = await parley([
        'import',
        botFile,
        '--publish',
        '--environment',
        'staging,qa,production',
        '--url',
        url,
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        'Could not deploy version 1 to qa: HTTP 404: Cannot POST /api/v1/bots/b-1/environments/qa/deploy\n',
      );
      expect(received().map((r) => r.url)).toEqual([
        '/api/v1/bots/import',
        '/api/v1/bots/b-1/publish',
        '/api/v1/bots/b-1/environments/qa/deploy',
      ]);
    });
  });

  describe('refusals and failures', () => {
    const unauthorized = { status: 401, body: { statusCode: 401, message: 'Unauthorized' } };
    const forbidden = { status: 403, body: { statusCode: 403, message: 'Forbidden resource' } };

    it('explains a refused or missing API key, and a key without the role', async () => {
      const url = await serve({
        'POST /api/v1/bots/import': unauthorized,
        'GET /api/v1/bots/b-1/export': forbidden,
      });
      const wrongKey = await parley(['import', botFile, '--url', url, '--api-key', 'pk_wrong']);
      expect(wrongKey.code).toBe(1);
      expect(wrongKey.stderr).toBe(
        `The Parley runtime at ${url} refused the request (HTTP 401): the API key is not valid (mistyped or revoked?); check --api-key or PARLEY_API_KEY.\n`,
      );
      const noKey = await parley(['import', botFile, '--url', url]);
      expect(noKey.code).toBe(1);
      expect(noKey.stderr).toContain(
        'no API key was given; pass --api-key KEY or set PARLEY_API_KEY',
      );
      const badToken = await parley(['import', botFile, '--url', url], { PARLEY_TOKEN: 'old' });
      expect(badToken.stderr).toContain('the access token is not valid or has expired');
      const viewer = await parley(['export', 'b-1', '--url', url, '--api-key', 'pk_viewer']);
      expect(viewer.code).toBe(1);
      expect(viewer.stderr).toBe(
        "The API key may not export the bot (HTTP 403): it needs the admin or editor role in the bot's workspace.\n",
      );
      expect(viewer.stdout).toBe('');
    });

    it('says in one line that the runtime cannot be reached', async () => {
      const url = await serve({});
      await runtime?.stop();
      runtime = undefined;
      const exported = await parley(['export', 'b-1', '--url', url]);
      expect(exported.code).toBe(1);
      expect(exported.stdout).toBe('');
      expect(exported.stderr).toMatch(
        new RegExp(`^Cannot reach the Parley runtime at ${url}: is it running\\?[^\\n]*\\n$`),
      );
      const imported = await parley(['import', botFile], { PARLEY_URL: url });
      expect(imported.code).toBe(1);
      expect(imported.stderr).toContain(
        `Cannot reach the Parley runtime at ${url}: is it running?`,
      );
    });

    it('refuses a file that is not JSON, or not an object, before any request', async () => {
      const url = await serve({});
      const malformed = await parley(
        ['import', 'fixtures/malformed.json', '--url', url],
        {},
        cliRoot,
      );
      expect(malformed.code).toBe(1);
      expect(malformed.stderr).toMatch(/^fixtures\/malformed\.json:5:1: malformed JSON: /);
      await writeFile(join(workDir, 'list.json'), '[1, 2]');
      const list = await parley(['import', 'list.json', '--url', url], {}, workDir);
      expect(list.code).toBe(1);
      expect(list.stderr).toBe(
        'list.json: not a bot document or an export file (expected a JSON object)\n',
      );
      const missing = await parley(['import', 'no-such.json', '--url', url], {}, workDir);
      expect(missing.stderr).toBe('no-such.json: cannot read the file (no such file)\n');
      expect(received()).toEqual([]);
    });

    it('answers bad usage with the usage text and exit code 2, sending nothing', async () => {
      const url = await serve({});
      const cases: [string[], string][] = [
        [['export'], 'Which bot? Give its id.'],
        [['export', 'a', 'b', '--url', url], 'Unexpected argument b'],
        [['import'], 'Which file?'],
        [['import', botFile, '--frobnicate', '--url', url], "Unknown option '--frobnicate'"],
        [
          ['import', botFile, '--note', 'x', '--url', url],
          '--note and --environment go with --publish.',
        ],
        [
          ['import', botFile, '--publish', '--environment', ' , ', '--url', url],
          'names no environment',
        ],
        [['export', 'b-1', '--api-key', 'k', '--token', 't', '--url', url], 'not both'],
        [['export', 'b-1', '--url', 'ftp://example.test'], 'is not an http:// or https:// address'],
      ];
      const runs = await Promise.all(cases.map(([args]) => parley(args)));
      cases.forEach(([args, message], i) => {
        const run = runs[i];
        expect({ args, code: run?.code }).toEqual({ args, code: 2 });
        expect(run?.stderr).toContain(message);
        expect(run?.stderr).toContain(`Usage: parley ${args[0] ?? ''}`);
      });
      expect(received()).toEqual([]);
    });
  });
});
