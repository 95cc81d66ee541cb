import { PortError, type HttpRequest, type TableQuery } from '@parley/engine';
import { runFlow, tinyBot, type NodeDataOf, type PortScript } from '@parley/testing';

/** start → lookup → found / not_found / error messages (error edge optional). */
function lookupBot(data: NodeDataOf<'lookup'>, options: { errorEdge?: boolean } = {}) {
  return tinyBot((b) => {
    b.variable('orderId');
    b.variable('order', { type: 'object' });
    b.variable('state');
    const lookup = b.node('lookup', data);
    b.chain(b.node('start'), lookup);
    const outcomes: Record<string, string> = {
      found: 'Found: {{ vars.state }}',
      not_found: 'No such order',
    };
    if (options.errorEdge !== false) outcomes['error'] = 'Lookup failed';
    for (const [outcome, text] of Object.entries(outcomes)) {
      const said = b.node('message', { text });
      b.edge(lookup, said, outcome);
      b.edge(said, b.done());
    }
  });
}

const orderHttp = {
  method: 'GET' as const,
  url: 'https://api.example.com/orders/{{ vars.orderId }}',
  headers: [{ name: 'X-Locale', value: '{{ conversation.locale }}' }],
  secret: 'crm-key',
};

const orderLookup: NodeDataOf<'lookup'> = {
  source: 'http',
  http: orderHttp,
  resultVariable: 'order',
  mappings: [{ variable: 'state', value: 'response.body.status' }],
};

const run = (
  data: NodeDataOf<'lookup'>,
  script: PortScript,
  options: { errorEdge?: boolean } = {},
) => runFlow(lookupBot(data, options), [], { vars: { orderId: 'A-1' }, script });

function stepOf(trace: { type: string; nodeId?: string }[], nodeId: string) {
  return trace.find((entry) => entry.type === 'step' && entry.nodeId === nodeId);
}

describe('lookup executor (http)', () => {
  it('renders the request, stores the body and the mappings → found', async () => {
    const result = await run(orderLookup, {
      lookup: { http: { status: 200, body: { status: 'shipped', items: 2 } } },
    });
    expect(result.texts).toEqual(['Found: shipped']);
    expect(result.vars).toMatchObject({ order: { status: 'shipped', items: 2 }, state: 'shipped' });
    const [call] = result.ports.callsTo('lookup', 'http');
    expect(call?.input).toEqual({
      method: 'GET',
      url: 'https://api.example.com/orders/A-1',
      headers: { 'X-Locale': 'en' },
      secretName: 'crm-key',
      timeoutMs: 10_000,
    });
  });

  it('sends a rendered POST body', async () => {
    const data = {
      ...orderLookup,
      http: { ...orderHttp, method: 'POST' as const, body: '{"id":"{{ vars.orderId }}"}' },
    };
    const result = await run(data, { lookup: { http: { status: 200, body: { status: 'open' } } } });
    expect(result.ports.callsTo('lookup', 'http')[0]?.input).toMatchObject({
      method: 'POST',
      body: '{"id":"A-1"}',
    });
  });

  it.each([
    ['HTTP 404', { status: 404, body: { error: 'missing' } }],
    ['an empty list', { status: 200, body: [] }],
    ['a null body', { status: 200, body: null }],
  ])('takes not_found on %s by default', async (_label, reply) => {
    const result = await run(orderLookup, { lookup: { http: reply } });
    expect(result.texts).toEqual(['No such order']);
    expect(result.vars).not.toHaveProperty('state');
  });

  it('takes not_found when notFoundWhen is truthy, found when it is not', async () => {
    const data = { ...orderLookup, notFoundWhen: 'response.body.status = "unknown"' };
    const unknown = await run(data, {
      lookup: { http: { status: 200, body: { status: 'unknown' } } },
    });
    expect(unknown.texts).toEqual(['No such order']);
    const known = await run(data, { lookup: { http: { status: 200, body: { status: 'open' } } } });
    expect(known.texts).toEqual(['Found: open']);
  });

  it.each([500, 503, 401])('takes error on HTTP %i', async (status) => {
    const result = await run(orderLookup, { lookup: { http: { status, body: { error: 'x' } } } });
    expect(result.texts).toEqual(['Lookup failed']);
    expect(stepOf(result.trace, 'lookup1')).toMatchObject({
      result: 'error',
      error: `Lookup failed: HTTP ${status} from the service`,
    });
  });

  it('turns a PortError into error with a clear reason', async () => {
    const result = await run(orderLookup, {
      lookup: { http: new PortError('lookup', 'timeout', 'no answer within 10000 ms') },
    });
    expect(result.texts).toEqual(['Lookup failed']);
    expect(stepOf(result.trace, 'lookup1')).toMatchObject({
      error: 'Lookup timed out (no answer within 10000 ms)',
    });
  });

  it('gives up on a port that never answers, soon after timeoutMs', async () => {
    const data = { ...orderLookup, http: { ...orderHttp, timeoutMs: 100 } };
    const started = Date.now();
    const result = await run(data, { lookup: { http: () => new Promise<never>(() => undefined) } });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(result.texts).toEqual(['Lookup failed']);
    expect(stepOf(result.trace, 'lookup1')).toMatchObject({
      error: expect.stringMatching(/^Lookup timed out/),
    });
  });

  it('says the bot fallback message when error has no edge', async () => {
    const result = await run(
      orderLookup,
      { lookup: { http: { status: 500, body: null } } },
      { errorEdge: false },
    );
    expect(result.texts).toEqual(["Sorry, I didn't get that."]);
    expect(result.status).toBe('idle');
  });

  it('takes error when a mapping fails, leaving the variables alone', async () => {
    const data = { ...orderLookup, mappings: [{ variable: 'state', value: '$error("boom")' }] };
    const result = await run(data, { lookup: { http: { status: 200, body: { status: 'open' } } } });
    expect(result.texts).toEqual(['Lookup failed']);
    expect(result.vars).not.toHaveProperty('order');
    expect(stepOf(result.trace, 'lookup1')).toMatchObject({
      error: expect.stringContaining('Mapping to vars.state failed'),
    });
  });

  it('never lets the secret value reach the trace, messages or state', async () => {
    const secrets: Record<string, string> = { 'crm-key': 'sk-live-5ecr3t' };
    const seen: string[] = [];
    const http = (input: HttpRequest) => {
      // What a real adapter does: resolve the name, send the value, answer without it.
      seen.push(`Bearer ${secrets[input.secretName ?? ''] ?? ''}`);
      return { status: 200, body: { status: 'shipped' } };
    };
    const result = await run(orderLookup, { lookup: { http } });
    expect(seen).toEqual(['Bearer sk-live-5ecr3t']);
    expect(JSON.stringify([result.trace, result.messages, result.state])).not.toContain(
      'sk-live-5ecr3t',
    );
  });
});

describe('lookup executor (table)', () => {
  const tableLookup: NodeDataOf<'lookup'> = {
    source: 'table',
    table: {
      table: 'orders',
      filter: 'id = vars.orderId',
      sortBy: 'date',
      descending: true,
      limit: 5,
    },
    resultVariable: 'order',
    mappings: [{ variable: 'state', value: 'response.rows[0].status' }],
  };

  it('queries with the variables and stores the rows → found', async () => {
    const rows = [{ id: 'A-1', status: 'packed' }];
    const result = await run(tableLookup, { lookup: { table: { rows } } });
    expect(result.texts).toEqual(['Found: packed']);
    expect(result.vars['order']).toEqual(rows);
    const query: TableQuery = {
      table: 'orders',
      filter: 'id = vars.orderId',
      sortBy: 'date',
      descending: true,
      limit: 5,
      vars: { orderId: 'A-1' },
    };
    expect(result.ports.callsTo('lookup', 'table')[0]?.input).toEqual(query);
  });

  it('takes not_found on no rows, error on a failing table', async () => {
    expect((await run(tableLookup, { lookup: { table: { rows: [] } } })).texts).toEqual([
      'No such order',
    ]);
    const failed = await run(tableLookup, {
      lookup: { table: new PortError('lookup', 'not-configured', 'no table orders') },
    });
    expect(failed.texts).toEqual(['Lookup failed']);
    expect(stepOf(failed.trace, 'lookup1')).toMatchObject({
      error: expect.stringMatching(/^Table lookup not configured/),
    });
  });
});
