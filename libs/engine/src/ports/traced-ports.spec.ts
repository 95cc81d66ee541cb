import type { EngineHost } from '../engine-host';
import { PortError } from './port-error';
import { converse, createFakePorts, testDocument, testExecutors } from '../testing';
import { maskSecrets } from './secret-mask';

const doc = testDocument([
  {
    id: 'main',
    nodes: [
      ['s', 'start'],
      ['get', 'fetch', { url: 'https://crm.example/customers/{{ vars.id }}' }],
      ['ok', 'returnFlow'],
    ],
    edges: [
      ['s', 'next', 'get'],
      ['get', 'found', 'ok'],
    ],
  },
]);

describe('traced ports', () => {
  it('records each port call in the step that made it, with secrets masked', async () => {
    const ports = createFakePorts({
      lookup: {
        http: () =>
          Promise.resolve({
            status: 200,
            body: { name: 'Ann', accessToken: 'tok-123', nested: { password: 'pw' } },
          }),
        table: () => Promise.resolve({ rows: [] }),
      },
    });
    const [result] = await converse(doc, [{ type: 'start' }], { executors: testExecutors, ports });
    const step = result!.trace.find((entry) => entry.type === 'step' && entry.nodeId === 'get');
    expect(step).toMatchObject({
      type: 'step',
      outcome: 'found',
      portCalls: [
        {
          port: 'lookup',
          method: 'http',
          input: {
            method: 'GET',
            headers: { Authorization: '***', Accept: 'application/json' },
            secretName: '***',
          },
          result: {
            status: 200,
            body: { name: 'Ann', accessToken: '***', nested: { password: '***' } },
          },
          ms: expect.any(Number),
        },
      ],
    });
    // The executor itself got the real values.
    expect(result!.state.vars.response).toEqual({
      name: 'Ann',
      accessToken: 'tok-123',
      nested: { password: 'pw' },
    });
    expect(JSON.stringify(result!.trace)).not.toMatch(/s3cr3t|tok-123|"pw"/);
  });

  it('records port failures, which the executor turns into its error outcome', async () => {
    const ports = createFakePorts({
      lookup: {
        http: () => Promise.reject(new PortError('lookup', 'timeout', 'no answer in 1000 ms')),
        table: () => Promise.resolve({ rows: [] }),
      },
    });
    const [result] = await converse(doc, [{ type: 'start' }], { executors: testExecutors, ports });
    expect(result!.trace).toContainEqual(
      expect.objectContaining({
        nodeId: 'get',
        result: 'error',
        error: 'lookup failed: timeout',
        portCalls: [expect.objectContaining({ error: 'timeout: no answer in 1000 ms' })],
      }),
    );
    expect(result!.status).toBe('idle');
  });

  it('passes the host ports through untouched when tracing is off', async () => {
    const ports = createFakePorts();
    const seen: unknown[] = [];
    const host: EngineHost = {
      executors: {
        ...testExecutors,
        start: {
          settingsSchema: testExecutors.start.settingsSchema,
          executor: { run: (ctx) => (seen.push(ctx.ports), { type: 'outcome', outcome: 'next' }) },
        },
      },
      ports,
      options: { trace: false },
    };
    const [result] = await converse(doc, [{ type: 'start' }], host);
    expect(seen).toEqual([ports]);
    expect(result!.trace.some((entry) => entry.type === 'step')).toBe(false);
  });
});

describe('maskSecrets', () => {
  it.each([
    'secret',
    'clientSecret',
    'token',
    'refresh_token',
    'password',
    'passwd',
    'apiKey',
    'api_key',
    'X-Api-Key',
    'Authorization',
    'auth',
    'cookie',
    'credentials',
  ])('masks %s', (key) => {
    expect(maskSecrets({ [key]: 'value', keep: 1 })).toEqual({ [key]: '***', keep: 1 });
  });

  it('keeps ordinary fields, including ones that merely contain "auth"', () => {
    expect(maskSecrets({ author: 'Ann', list: [{ token: 'x' }], n: Number.NaN })).toEqual({
      author: 'Ann',
      list: [{ token: '***' }],
      n: 'NaN',
    });
  });
});
