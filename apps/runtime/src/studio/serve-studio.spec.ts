import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDataDir } from '../testing/temp-data-dir';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const indexHtml = '<!doctype html><title>Studio</title><div id="root"></div>';

describe('the studio at /', () => {
  let runtime: TestRuntime;
  beforeAll(async () => {
    const studioDir = await tempDataDir();
    await mkdir(join(studioDir, 'assets'));
    await writeFile(join(studioDir, 'index.html'), indexHtml);
    await writeFile(join(studioDir, 'assets', 'app-1a2b3c.js'), 'console.log("studio");');
    runtime = await startTestRuntime({ PARLEY_STUDIO_DIR: studioDir });
  });
  afterAll(() => runtime.close());

  it('serves index.html at /', async () => {
    const response = await fetch(`${runtime.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe(indexHtml);
  });

  it('serves built files, hashed assets cached for good', async () => {
    const response = await fetch(`${runtime.url}/assets/app-1a2b3c.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log("studio");');
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('answers page paths with index.html, so a reload on a deep link opens the app', async () => {
    const response = await fetch(`${runtime.url}/bots/8d1f/flows?flow=main`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(indexHtml);
  });

  it('leaves the API, health and metrics alone: a wrong API path is a JSON 404', async () => {
    const missing = await fetch(`${runtime.url}/api/v1/no-such-thing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await fetch(`${runtime.url}/api`)).status).toBe(404);
    expect(await (await fetch(`${runtime.url}/health`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${runtime.url}/metrics`)).headers.get('content-type')).toMatch(
      /^text\/plain/,
    );
    expect((await fetch(`${runtime.url}/api/docs/json`)).status).toBe(200);
  });
});

describe('without a built studio', () => {
  let runtime: TestRuntime;
  beforeAll(async () => {
    runtime = await startTestRuntime({ PARLEY_STUDIO_DIR: join(await tempDataDir(), 'missing') });
  });
  afterAll(() => runtime.close());

  it('says at / how to build it, and the API still works', async () => {
    const response = await fetch(`${runtime.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('The studio is not built');
    expect((await fetch(`${runtime.url}/health`)).status).toBe(200);
    expect((await fetch(`${runtime.url}/bots/x`)).status).toBe(404);
  });
});
