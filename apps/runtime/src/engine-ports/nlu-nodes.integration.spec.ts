import { runTurn, type EngineHost, type TraceEntry } from '@parley/engine';
import { testDocument } from '@parley/engine/testing';
import { nodeExecutors } from '@parley/nodes/executors';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { EnginePortsFactory } from './engine-ports.factory';

/**
 * Until the runtime has an NLU engine, intent and sentiment nodes fail (neither kind
 * has an `error` outcome): the customer gets the bot's fallback message, and the
 * trace says why.
 */
describe('intent and sentiment nodes without an NLU engine', () => {
  let runtime: TestRuntime;
  let host: EngineHost;
  beforeAll(async () => {
    runtime = await startTestRuntime();
    const ports = runtime.app.get(EnginePortsFactory).create({
      workspaceId: '00000000-0000-4000-8000-000000000000',
      conversationId: 'conv-nlu',
      turnKey: 'msg-1',
      secretNames: {},
    });
    host = { executors: nodeExecutors, ports };
  });
  afterAll(() => runtime.close());

  const settings = { fallbackMessage: { en: 'Sorry, let us start again.' } };

  it('an intent node takes the fallback, with the NLU reason in its port call', async () => {
    const doc = testDocument(
      [
        {
          id: 'main',
          nodes: [
            ['s', 'start'],
            ['what', 'intent', { prompt: { en: 'How can I help?' } }],
            ['bye', 'end', {}],
          ],
          edges: [
            ['s', 'next', 'what'],
            ['what', 'order_status', 'bye'],
            ['what', 'fallback', 'bye'],
          ],
        },
      ],
      { intents: [{ name: 'order_status', utterances: { en: ['where is my order'] } }], settings },
    );
    const first = await runTurn(doc, null, { type: 'start' }, host);
    const second = await runTurn(doc, first.state, { type: 'text', text: 'where is it' }, host);
    expect(second.messages.map((m) => (m.type === 'text' ? m.text : m.type))).toEqual([
      'Sorry, let us start again.',
    ]);
    expectFailedStep(
      second.trace,
      'what',
      'Intent recognition not configured',
      'nlu_not_configured',
    );
  });

  it('a sentiment node takes the fallback too (it has no error outcome)', async () => {
    const doc = testDocument(
      [
        {
          id: 'main',
          nodes: [
            ['s', 'start'],
            ['how', 'ask', { question: { en: 'How was it?' }, variable: 'answer' }],
            ['mood', 'sentiment', {}],
            ['bye', 'end', {}],
          ],
          edges: [
            ['s', 'next', 'how'],
            ['how', 'next', 'mood'],
            ['mood', 'positive', 'bye'],
            ['mood', 'neutral', 'bye'],
            ['mood', 'negative', 'bye'],
          ],
        },
      ],
      { variables: [{ name: 'answer', type: 'string', scope: 'conversation' }], settings },
    );
    const first = await runTurn(doc, null, { type: 'start' }, host);
    const second = await runTurn(doc, first.state, { type: 'text', text: 'terrible' }, host);
    expect(second.messages.map((m) => (m.type === 'text' ? m.text : m.type))).toEqual([
      'Sorry, let us start again.',
    ]);
    expectFailedStep(
      second.trace,
      'mood',
      'Sentiment analysis not configured',
      'nlu_not_configured',
    );
  });
});

function expectFailedStep(trace: TraceEntry[], nodeId: string, error: string, code: string) {
  expect(trace).toContainEqual(
    expect.objectContaining({
      type: 'step',
      nodeId,
      result: 'error',
      // The step names what is missing and why, in the words of the port.
      error: expect.stringMatching(new RegExp(`^${error} \\(.*${code}: `)),
      portCalls: [expect.objectContaining({ error: expect.stringContaining(`${code}: `) })],
    }),
  );
  expect(trace).toContainEqual(expect.objectContaining({ type: 'note', code: 'fallback', nodeId }));
}
