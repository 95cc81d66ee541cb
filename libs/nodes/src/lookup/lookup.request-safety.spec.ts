import type { HttpRequest, JsonObject } from '@parley/engine';
import { runFlow, tinyBot, type NodeDataOf } from '@parley/testing';

type LookupHttp = NonNullable<NodeDataOf<'lookup'>['http']>;

/** start → lookup → a message per outcome; the customer's data comes with the start event. */
async function lookUp(http: LookupHttp, vars: JsonObject) {
  const doc = tinyBot((b) => {
    for (const name of ['orderId', 'note', 'lang']) b.variable(name);
    b.variable('filter', { type: 'object' });
    const lookup = b.node('lookup', { source: 'http', http });
    b.chain(b.node('start'), lookup);
    for (const outcome of ['found', 'not_found', 'error']) {
      const said = b.node('message', { text: outcome });
      b.edge(lookup, said, outcome);
      b.edge(said, b.done());
    }
  });
  const sent: HttpRequest[] = [];
  const run = await runFlow(doc, [], {
    vars,
    script: {
      lookup: {
        http: (request) => {
          sent.push(request);
          return { status: 200, body: { ok: true } };
        },
      },
    },
  });
  const step = run.trace.find((entry) => entry.type === 'step' && entry.nodeId === 'lookup1');
  return { texts: run.texts, sent, error: step?.type === 'step' ? step.error : undefined };
}

const orderUrl = 'https://api.example.com/orders/{{ vars.orderId }}?lang={{ vars.lang }}';

describe('lookup executor: customer text cannot change the request', () => {
  it('encodes a path-traversal attempt into its own path segment', async () => {
    const { texts, sent } = await lookUp(
      { url: orderUrl },
      { orderId: '../admin?x=1', lang: 'zh&debug=1' },
    );
    expect(texts).toEqual(['found']);
    const url = new URL(sent[0]?.url ?? '');
    expect(url.pathname).toBe('/orders/..%2Fadmin%3Fx%3D1');
    expect([...url.searchParams]).toEqual([['lang', 'zh&debug=1']]);
  });

  it('refuses ".." as a whole path segment: error outcome, nothing sent', async () => {
    const { texts, sent, error } = await lookUp({ url: orderUrl }, { orderId: '..', lang: 'en' });
    expect(sent).toEqual([]);
    expect(texts).toEqual(['error']);
    expect(error).toBe(
      'request URL: the value of {{ vars.orderId }} is "..", which would move up the URL path',
    );
  });

  it('cannot take its host from a placeholder', async () => {
    const { sent, error } = await lookUp(
      { url: '{{ vars.note }}/orders' },
      { note: 'https://evil.example' },
    );
    expect(sent).toEqual([]);
    expect(error).toMatch(/^request URL: it is not an absolute http\(s\) URL/);
  });

  it('sends typed JSON in a POST body, and plain text verbatim', async () => {
    const filter = { status: ['open', 'late'], max: 5 };
    const json = await lookUp(
      {
        method: 'POST',
        url: 'https://api.example.com/search',
        body: '{"filter": {{ vars.filter }}}',
      },
      { filter },
    );
    expect(JSON.parse(json.sent[0]?.body ?? '')).toEqual({ filter });
    const note = '"quoted" {{ vars.orderId }} 中文';
    const text = await lookUp(
      { method: 'POST', url: 'https://api.example.com/notes', body: 'Note: {{ vars.note }}' },
      { note, orderId: 'A-1' },
    );
    expect(text.sent[0]?.body).toBe(`Note: ${note}`);
  });

  it('reports a failing placeholder with where it was', async () => {
    const { sent, error } = await lookUp(
      {
        url: 'https://api.example.com/orders',
        headers: [{ name: 'X-N', value: '{{ $error("no") }}' }],
      },
      {},
    );
    expect(sent).toEqual([]);
    expect(error).toMatch(
      /^request header "X-N": the placeholder \{\{ \$error\("no"\) \}\} failed: /,
    );
  });
});
