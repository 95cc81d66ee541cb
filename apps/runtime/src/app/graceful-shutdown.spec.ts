import { request } from 'node:http';
import { spawnRuntime } from '../testing/spawn-runtime';
import { tempDataDir } from '../testing/temp-data-dir';
import { testDatabaseUrl } from '../testing/test-database-url';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SIGTERM', () => {
  it('stops accepting connections, finishes the request in flight, and exits 0', async () => {
    const runtime = spawnRuntime({
      DATABASE_URL: testDatabaseUrl(),
      PORT: '0',
      PARLEY_DATA_DIR: await tempDataDir(),
    });
    const url = await runtime.ready;

    // A request whose body is only half sent when the signal arrives: a public route,
    // so it runs to the end (a log-in with an unknown e-mail, answered 401).
    const body = JSON.stringify({ email: 'in-flight@example.com', password: 'x'.repeat(1000) });
    const inFlight = request(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      inFlight.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      inFlight.on('error', reject);
    });
    inFlight.write(body.slice(0, 500));
    await sleep(200);

    runtime.child.kill('SIGTERM');
    await sleep(300);
    await expect(fetch(`${url}/health`)).rejects.toThrow();

    inFlight.end(body.slice(500));
    const response = await answered;
    expect(response.status).toBe(401);
    expect(JSON.parse(response.text)).toMatchObject({ message: 'Wrong e-mail or password' });
    expect(await runtime.exited).toBe(0);
    expect(runtime.stdout.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
  });
});
