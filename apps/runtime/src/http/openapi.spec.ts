import { z } from 'zod';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const openApiSchema = z.object({
  openapi: z.string(),
  info: z.object({ title: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

describe('OpenAPI', () => {
  let runtime: TestRuntime;
  beforeAll(async () => {
    runtime = await startTestRuntime();
  });
  afterAll(() => runtime.close());

  it('serves the document at /api/docs/json with every API route and no /metrics', async () => {
    const response = await fetch(`${runtime.url}/api/docs/json`);
    expect(response.status).toBe(200);
    const document = openApiSchema.parse(await response.json());
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info.title).toBe('Parley runtime');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/bots/validate',
        '/api/v1/auth/login',
        '/api/v1/users',
        '/api/v1/api-keys',
        '/api/v1/audit',
        '/health',
        '/ready',
      ]),
    );
    expect(Object.keys(document.paths)).not.toContain('/metrics');
  });

  it('serves Swagger UI at /api/docs', async () => {
    const response = await fetch(`${runtime.url}/api/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('swagger-ui');
  });
});
