import { DataSource } from 'typeorm';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

describe('/health and /ready', () => {
  let runtime: TestRuntime;
  beforeAll(async () => {
    runtime = await startTestRuntime();
  });
  afterAll(() => runtime.close());

  it('/health answers 200 while the process serves HTTP', async () => {
    const response = await fetch(`${runtime.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/ready answers 200 when the database answers SELECT 1', async () => {
    const response = await fetch(`${runtime.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('/ready answers 503 once the database is gone, and /health stays 200', async () => {
    await runtime.app.get(DataSource).destroy();
    const ready = await fetch(`${runtime.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    expect((await fetch(`${runtime.url}/health`)).status).toBe(200);
  });
});
