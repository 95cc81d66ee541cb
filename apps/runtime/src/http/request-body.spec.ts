import { createTestWorkspace } from '../testing/test-callers';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

let token = '';

function post(url: string, body: string): Promise<Response> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  return fetch(url, { method: 'POST', headers, body });
}

describe('request bodies', () => {
  let runtime: TestRuntime;
  let validateUrl: string;
  beforeAll(async () => {
    runtime = await startTestRuntime({ PARLEY_BODY_LIMIT_BYTES: '2048' });
    validateUrl = `${runtime.url}/api/v1/bots/validate`;
    token = (await createTestWorkspace(runtime.app)).users.editor.token;
  });
  afterAll(() => runtime.close());

  it('answers malformed JSON with 400 and says the body is not JSON', async () => {
    const response = await post(validateUrl, '{"flows": [');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      statusCode: 400,
      message: "Body is not valid JSON but content-type is set to 'application/json'",
    });
  });

  it('answers a body over PARLEY_BODY_LIMIT_BYTES with 413', async () => {
    const response = await post(validateUrl, JSON.stringify({ name: 'x'.repeat(4096) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      statusCode: 413,
      message: 'Request body is too large',
    });
  });

  it('handles a well-formed body within the limit', async () => {
    const response = await post(validateUrl, JSON.stringify({ name: 'x'.repeat(1000) }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      problems: [
        expect.objectContaining({ code: 'unsupported-schema-version', severity: 'error' }),
      ],
    });
  });
});
