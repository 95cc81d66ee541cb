import { PortError, runTurn, type ActionRequest } from '@parley/engine';
import {
  createTestPorts,
  runFlow,
  startConversation,
  tinyBot,
  type NodeDataOf,
  type PortScript,
} from '@parley/testing';
import { nodeExecutors } from '../executors';

const transfer: NodeDataOf<'action'> = {
  http: {
    method: 'POST',
    url: 'https://bank.example.com/transfers',
    headers: [{ name: 'Content-Type', value: 'application/json' }],
    secret: 'bank-token',
    body: '{"amount": {{ vars.amount }}, "to": "{{ vars.payee }}"}',
  },
  resultVariable: 'receipt',
  mappings: [{ variable: 'reference', value: 'response.body.ref' }],
};

/** start → ask "confirm?" → action → done/error messages; the ask makes later turns possible. */
function actionBot(data: NodeDataOf<'action'>, options: { errorEdge?: boolean } = {}) {
  return tinyBot((b) => {
    for (const name of ['amount', 'payee', 'reference', 'confirm']) b.variable(name);
    b.variable('receipt', { type: 'object' });
    const action = b.node('action', data);
    b.chain(b.node('start'), b.node('ask', { question: 'Send it?', variable: 'confirm' }), action);
    const done = b.node('message', { text: 'Sent, ref {{ vars.reference }}' });
    b.edge(action, done, 'done');
    b.edge(done, b.done());
    if (options.errorEdge !== false) {
      const failed = b.node('message', { text: 'Transfer failed' });
      b.edge(action, failed, 'error');
      b.edge(failed, b.done());
    }
  });
}

/** Starts the conversation, then confirms: the action runs in turn 2. */
async function runAction(
  script: PortScript,
  data = transfer,
  options: { errorEdge?: boolean } = {},
) {
  const conversation = await startConversation(actionBot(data, options), {
    vars: { amount: 100, payee: 'Ada' },
    script,
  });
  await conversation.send('yes');
  return conversation.result();
}

describe('action executor', () => {
  it('sends one write with an idempotency key, stores the reply → done', async () => {
    const result = await runAction({ action: { http: { status: 201, body: { ref: 'T-9' } } } });
    expect(result.last.texts).toEqual(['Sent, ref T-9']);
    expect(result.vars).toMatchObject({ receipt: { ref: 'T-9' }, reference: 'T-9' });
    const calls = result.ports.callsTo('action', 'http');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.input).toEqual({
      method: 'POST',
      url: 'https://bank.example.com/transfers',
      headers: { 'Content-Type': 'application/json' },
      secretName: 'bank-token',
      body: '{"amount": 100, "to": "Ada"}',
      timeoutMs: 10_000,
      idempotencyKey: 'tiny-bot-no-conversation:2:main/action1',
    });
  });

  it('builds the key from the conversation id, turn and node: the same for a replayed turn', async () => {
    const keys: string[] = [];
    const http = (input: ActionRequest) => {
      keys.push(input.idempotencyKey);
      return { status: 200, body: { ref: 'T-1' } };
    };
    const doc = actionBot(transfer);
    const first = await runFlow(doc, [], { script: { action: { http } } });
    const state = { ...first.state, conversationId: 'conv-42' };
    // The host retries a turn by replaying the event on the state it stored before it.
    const host = { executors: nodeExecutors, ports: createTestPorts({ action: { http } }) };
    await runTurn(doc, state, { type: 'text', text: 'yes' }, host);
    await runTurn(doc, state, { type: 'text', text: 'yes' }, host);
    expect(keys).toEqual(['conv-42:2:main/action1', 'conv-42:2:main/action1']);
  });

  it('takes error on a non-2xx reply, keeping the body for the flow to explain', async () => {
    const result = await runAction({
      action: { http: { status: 409, body: { message: 'Insufficient funds' } } },
    });
    expect(result.last.texts).toEqual(['Transfer failed']);
    expect(result.vars['receipt']).toEqual({ message: 'Insufficient funds' });
    expect(result.vars).not.toHaveProperty('reference');
    expect(result.ports.callsTo('action', 'http')).toHaveLength(1);
  });

  it('never retries: one call even when the service fails or times out', async () => {
    for (const failure of [
      new PortError('action', 'unavailable', 'connection refused'),
      new PortError('action', 'timeout', 'slow'),
    ]) {
      const result = await runAction({ action: { http: [failure] } });
      expect(result.last.texts).toEqual(['Transfer failed']);
      expect(result.ports.callsTo('action', 'http')).toHaveLength(1);
    }
  });

  it('names the failure in the trace', async () => {
    const result = await runAction({});
    const step = result.trace.find((entry) => entry.type === 'step' && entry.nodeId === 'action1');
    expect(step).toMatchObject({
      result: 'error',
      error: expect.stringMatching(/^Action not configured/),
    });
  });

  it('says the bot fallback message when error has no edge', async () => {
    const result = await runAction({ action: { http: { status: 500, body: null } } }, transfer, {
      errorEdge: false,
    });
    expect(result.last.texts).toEqual(["Sorry, I didn't get that."]);
    expect(result.status).toBe('idle');
  });

  it('never lets the secret value reach the trace, messages or state', async () => {
    const vault: Record<string, string> = { 'bank-token': 'tok_live_XYZ987' };
    const sent: string[] = [];
    const http = (input: ActionRequest) => {
      sent.push(vault[input.secretName ?? ''] ?? '');
      return { status: 200, body: { ref: 'T-2' } };
    };
    const result = await runAction({ action: { http } });
    expect(sent).toEqual(['tok_live_XYZ987']);
    expect(JSON.stringify([result.trace, result.messages, result.state])).not.toContain(
      'tok_live_XYZ987',
    );
  });
});
