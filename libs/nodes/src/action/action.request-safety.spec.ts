import type { ActionRequest, Json, JsonObject } from '@parley/engine';
import { runFlow, tinyBot, type NodeDataOf } from '@parley/testing';

const transferHttp = {
  method: 'POST' as const,
  url: 'https://bank.example.com/payees/{{ vars.payee }}/transfers',
  headers: [
    { name: 'Content-Type', value: 'application/json' },
    { name: 'X-Payee', value: '{{ vars.payee }}' },
  ],
  secret: 'bank-token',
  body: '{"amount": {{ vars.amount }}, "to": "{{ vars.payee }}", "urgent": {{ vars.urgent }}}',
};

/**
 * start → ask "to whom?" (the customer's answer goes into payee) → action → done/error.
 * `vars.secret` holds a value no template of the bot reads.
 */
function transferBot(http: Partial<NodeDataOf<'action'>['http']> = {}) {
  return tinyBot((b) => {
    b.variable('payee');
    b.variable('amount', { type: 'number' });
    b.variable('urgent', { type: 'boolean', default: false });
    b.variable('secret', { default: 'S3CRET-VALUE' });
    const action = b.node('action', { http: { ...transferHttp, ...http } });
    b.chain(
      b.node('start'),
      b.node('ask', { question: 'To whom?', variable: 'payee', skipIfSet: true }),
      action,
    );
    const done = b.node('message', { text: 'Sent' });
    const failed = b.node('message', { text: 'Transfer failed' });
    b.edge(action, done, 'done');
    b.edge(action, failed, 'error');
    b.edge(done, b.done());
    b.edge(failed, b.done());
  });
}

/**
 * The customer answers `payee` (or, with `given`, it comes with the start event, as
 * from a CRM: the ask is skipped). Returns the requests the bank received and the run.
 */
async function transferTo(
  payee: string,
  options: { amount?: Json; http?: object; given?: boolean } = {},
) {
  const sent: ActionRequest[] = [];
  const given: JsonObject = options.given === true ? { payee } : {};
  const run = await runFlow(transferBot(options.http), options.given === true ? [] : [payee], {
    vars: { amount: options.amount ?? 100, ...given },
    script: {
      action: {
        http: (request) => {
          sent.push(request);
          return { status: 200, body: { ok: true } };
        },
      },
    },
  });
  const step = run.trace.find((entry) => entry.type === 'step' && entry.nodeId === 'action1');
  return { run, sent, error: step?.type === 'step' ? step.error : undefined };
}

describe('action executor: customer text cannot change the request', () => {
  it('keeps an injected amount inside the payee string', async () => {
    const payee = '", "amount": 1000000, "x": "';
    const { run, sent } = await transferTo(payee, {
      http: { headers: [], url: 'https://bank.example.com/transfers' },
    });
    expect(run.last.texts).toEqual(['Sent']);
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]?.body ?? '')).toEqual({ amount: 100, to: payee, urgent: false });
  });

  it('stores a customer-typed template literally and sends it literally', async () => {
    const { run, sent } = await transferTo('{{ vars.secret }}', { http: { headers: [] } });
    expect(run.vars['payee']).toBe('{{ vars.secret }}');
    expect(JSON.parse(sent[0]?.body ?? '').to).toBe('{{ vars.secret }}');
    expect(JSON.stringify([sent, run.messages, run.trace])).not.toContain('S3CRET-VALUE');
  });

  it('keeps typed values typed and round-trips Chinese in the URL, a header and the body', async () => {
    const payee = '张三 "老王"';
    const { sent } = await transferTo(payee, { amount: 12.5 });
    const request = sent[0];
    expect(JSON.parse(request?.body ?? '')).toEqual({ amount: 12.5, to: payee, urgent: false });
    const path = new URL(request?.url ?? '').pathname.split('/');
    expect(decodeURIComponent(path[2] ?? '')).toBe(payee);
    expect(request?.headers['X-Payee']).toBe(payee);
  });

  it('refuses a header value with CR/LF: error outcome, nothing sent', async () => {
    // The ask node collapses whitespace in answers; data from elsewhere may still hold CR/LF.
    const { run, sent, error } = await transferTo('Ada\r\nX-Admin: 1', { given: true });
    expect(sent).toEqual([]);
    expect(run.last.texts).toEqual(['Transfer failed']);
    expect(error).toBe(
      'request header "X-Payee": the value of {{ vars.payee }} contains a line break or another control character, which could forge headers',
    );
  });

  it('takes error for a body template that is not JSON, without calling the bank', async () => {
    const { run, sent, error } = await transferTo('Ada', {
      http: { body: '{"amount": {{ vars.amount }}, "to": "{{ vars.payee }}"' },
    });
    expect(sent).toEqual([]);
    expect(run.last.texts).toEqual(['Transfer failed']);
    expect(error).toMatch(/^request body is not valid JSON after filling placeholders: /);
  });

  it('names the secret only: the port resolves it, the trace never shows it', async () => {
    const { run, sent } = await transferTo('Ada');
    expect(sent[0]?.secretName).toBe('bank-token');
    expect(JSON.stringify(sent[0]?.headers)).not.toMatch(/bank-token|Bearer/);
    const portInput = run.trace.flatMap((entry) =>
      entry.type === 'step' ? entry.portCalls.map((call) => call.input) : [],
    );
    expect(portInput).toEqual([expect.objectContaining({ secretName: '***' })]);
  });
});
