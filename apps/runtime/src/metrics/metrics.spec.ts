import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

/** The value of one sample line, e.g. `name{labels} 3`. */
function sample(text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe('/metrics', () => {
  let runtime: TestRuntime;
  beforeAll(async () => {
    runtime = await startTestRuntime();
  });
  afterAll(() => runtime.close());

  it('exposes HTTP latency by method, route and status, in Prometheus text format', async () => {
    await fetch(`${runtime.url}/health`);
    await fetch(`${runtime.url}/health`);
    await fetch(`${runtime.url}/no/such/page/42`);
    const response = await fetch(`${runtime.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE http_request_duration_seconds histogram');
    const health = 'method="GET",route="/health",status_code="200"';
    expect(sample(text, 'http_request_duration_seconds_count', health)).toBe(2);
    expect(sample(text, 'http_request_duration_seconds_bucket', `le="+Inf",${health}`)).toBe(2);
    // Unmatched URLs share one label value, so scanners cannot blow up the series count.
    const unmatched = 'method="GET",route="unmatched",status_code="404"';
    expect(sample(text, 'http_request_duration_seconds_count', unmatched)).toBe(1);
    expect(text).not.toContain('/no/such/page');
  });

  it('exposes the default process metrics', async () => {
    const text = await (await fetch(`${runtime.url}/metrics`)).text();
    for (const name of [
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
  });
});
