import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  runTurn,
  type EngineHost,
  type OutboundMessage,
  type TraceEntry,
  type TraceStep,
} from '@parley/engine';
import { parseBotDocument, type BotDocument } from '@parley/flow';
import { nodeExecutors } from '@parley/nodes/executors';
import { SecretsService } from '../secrets/secrets.service';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { EnginePortsFactory, type EnginePortsContext } from './engine-ports.factory';

const ORDERS_TOKEN = 'orders-live-2b7c90d14e6a';

/**
 * The sample order-status bot on the runtime's ports. Its order system
 * (orders.example.com) does not exist, so the lookup fails and the bot takes the
 * lookup's `error` path; the hand-off that follows finds no agent desk.
 */
describe('order-status bot on the runtime ports', () => {
  let runtime: TestRuntime;
  let factory: EnginePortsFactory;
  let workspaceId: string;
  const doc = loadExample('order-status.json');

  beforeAll(async () => {
    runtime = await startTestRuntime();
    factory = runtime.app.get(EnginePortsFactory);
    workspaceId = (await runtime.app.get(WorkspacesService).create('Order shop')).id;
    await runtime.app.get(SecretsService).create(workspaceId, 'ORDERS_API_PROD', ORDERS_TOKEN);
  });
  afterAll(() => runtime.close());

  /** Runs the conversation up to the lookup, with this environment's secret mapping. */
  async function askForOrder(conversationId: string, secretNames: Record<string, string>) {
    const host = (turnKey: string): EngineHost => {
      const context: EnginePortsContext = { workspaceId, conversationId, turnKey, secretNames };
      return { executors: nodeExecutors, ports: factory.create(context) };
    };
    const first = await runTurn(doc, null, { type: 'start', conversationId }, host('m-1'));
    expect(texts(first.messages).at(-1)).toMatch(/^What is your order number\?/);
    const second = await runTurn(doc, first.state, { type: 'text', text: 'ab123456' }, host('m-2'));
    return { second, host };
  }

  it('takes the lookup error path when the order system cannot be reached', async () => {
    const { second } = await askForOrder('conv-os-1', { 'orders-api': 'ORDERS_API_PROD' });
    const lookup = stepOf(second.trace, 'find-order');
    // The node's `error` result: the engine follows its `error` edge (the messages below).
    expect(lookup).toMatchObject({
      result: 'error',
      error: expect.stringMatching(/^Lookup unavailable \(cannot reach orders\.example\.com: /),
    });
    const call = lookup.portCalls[0];
    expect(call).toMatchObject({
      port: 'lookup',
      method: 'http',
      input: { url: 'https://orders.example.com/api/orders/AB123456', secretName: '***' },
      error: expect.stringMatching(/^unavailable: cannot reach orders\.example\.com: /),
    });
    expect(texts(second.messages)).toEqual([
      "Sorry, I can't reach our order system right now.",
      'Would you like to talk to one of our agents?',
    ]);
    const everything = JSON.stringify([second.trace, second.state, second.messages]);
    expect(everything).not.toContain(ORDERS_TOKEN);
  });

  it('names the missing credential when the environment has no such secret', async () => {
    const { second } = await askForOrder('conv-os-2', {});
    const lookup = stepOf(second.trace, 'find-order');
    expect(lookup).toMatchObject({
      result: 'error',
      error: expect.stringMatching(/^Lookup not configured/),
    });
    expect(lookup.portCalls[0]?.error).toBe(
      `not-configured: secret_not_configured: the credential "orders-api" is not in this workspace's secrets`,
    );
    expect(texts(second.messages)[0]).toBe("Sorry, I can't reach our order system right now.");
  });

  it('finds no agent when the customer asks for one, and ends unresolved', async () => {
    const { second, host } = await askForOrder('conv-os-3', {});
    const third = await runTurn(doc, second.state, { type: 'text', text: 'yes' }, host('m-3'));
    const handoff = stepOf(third.trace, 'handoff');
    expect(handoff).toMatchObject({
      outcome: 'no_agent',
      notes: [expect.stringMatching(/^Hand-off not configured \(handoff_not_configured: /)],
    });
    expect(handoff.portCalls[0]?.error).toMatch(/^not-configured: handoff_not_configured: /);
    expect(texts(third.messages)).toEqual([
      'All our agents are busy right now. Please write to help@example.com and we will answer within a day.',
      "Sorry I couldn't help more this time. You can start again whenever you like.",
    ]);
    expect(third.status).toBe('ended');
  });
});

function loadExample(name: string): BotDocument {
  const raw: unknown = JSON.parse(
    readFileSync(join(__dirname, '../../../../examples/bots', name), 'utf8'),
  );
  const parsed = parseBotDocument(raw);
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.doc;
}

function stepOf(trace: TraceEntry[], nodeId: string): TraceStep {
  const step = trace.find(
    (entry): entry is TraceStep => entry.type === 'step' && entry.nodeId === nodeId,
  );
  if (step === undefined) throw new Error(`no step of "${nodeId}" in the trace`);
  return step;
}

function texts(messages: OutboundMessage[]): string[] {
  return messages.flatMap((message) => (message.type === 'text' ? [message.text] : []));
}
