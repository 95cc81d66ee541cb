import { type SpawnedRuntime, spawnRuntime } from '../testing/spawn-runtime';
import { tempDataDir } from '../testing/temp-data-dir';
import { testDatabaseUrl } from '../testing/test-database-url';

type LogEntry = {
  reqId?: string;
  msg?: string;
  req?: { url?: string };
  res?: { statusCode?: number };
};

/** The log lines the process has written so far, parsed. */
function logEntries(runtime: SpawnedRuntime): LogEntry[] {
  return runtime.stdout
    .filter((line) => line.startsWith('{'))
    .map((line) => {
      const entry: LogEntry = JSON.parse(line);
      return entry;
    });
}

async function waitForLog(
  runtime: SpawnedRuntime,
  match: (entry: LogEntry) => boolean,
): Promise<LogEntry> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const found = logEntries(runtime).find(match);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('log line not written');
}

describe('request logs of the built server', () => {
  let runtime: SpawnedRuntime;
  let url: string;
  beforeAll(async () => {
    runtime = spawnRuntime({
      DATABASE_URL: testDatabaseUrl(),
      PORT: '0',
      PARLEY_DATA_DIR: await tempDataDir(),
    });
    url = await runtime.ready;
  });
  afterAll(async () => {
    runtime.child.kill('SIGTERM');
    await runtime.exited;
  });

  it('logs a request carrying a card number with the number redacted', async () => {
    const response = await fetch(
      `${url}/health?card=4111111111111111&note=4111%201111%201111%201111`,
      {
        headers: { 'x-request-id': 'card-test-1' },
      },
    );
    expect(response.status).toBe(200);
    const incoming = await waitForLog(
      runtime,
      (e) => e.reqId === 'card-test-1' && e.msg === 'incoming request',
    );
    expect(incoming.req?.url).toBe('/health?card=[REDACTED:card]&note=[REDACTED:card]');
    await waitForLog(runtime, (e) => e.reqId === 'card-test-1' && e.res?.statusCode === 200);
    expect(runtime.stdout.join('\n')).not.toMatch(/4111.?1111.?1111.?1111/);
  });

  it('gives each request an id, logs it, and echoes it in X-Request-Id', async () => {
    const response = await fetch(`${url}/health`, {
      headers: { 'x-request-id': 'not a valid id' },
    });
    const id = response.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const completed = await waitForLog(
      runtime,
      (e) => e.reqId === id && e.msg === 'request completed',
    );
    expect(completed.res?.statusCode).toBe(200);
  });
});
