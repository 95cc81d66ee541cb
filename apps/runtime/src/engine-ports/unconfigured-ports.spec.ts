import type { Ports } from '@parley/engine';
import { contracts } from '@parley/engine/testing';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { EnginePortsFactory } from './engine-ports.factory';
import { createLlmPort, llmNotConfiguredReasons } from './llm.adapter';

describe('ports the runtime does not have yet', () => {
  let runtime: TestRuntime;
  let ports: Ports;
  beforeAll(async () => {
    // An installation without LLM settings, whatever the machine's environment says.
    runtime = await startTestRuntime({ OPENAI_BASE_URL: '', OPENAI_API_KEY: '' });
    ports = runtime.app.get(EnginePortsFactory).create({
      workspaceId: '00000000-0000-4000-8000-000000000000',
      conversationId: 'conv-1',
      turnKey: 'msg-1',
      secretNames: {},
    });
  });
  afterAll(() => runtime.close());

  const reasonOf = async (
    call: Promise<unknown>,
    port: Parameters<typeof contracts.expectPortError>[1],
  ) => (await contracts.expectPortError(call, port, 'not-configured')).message;

  it('NLU: intents and sentiment are not-configured, saying there is no NLU engine', async () => {
    expect(
      await reasonOf(ports.nlu.classify({ text: 'where is my order', locale: 'en' }), 'nlu'),
    ).toBe(
      'nlu_not_configured: this runtime has no NLU engine yet, so intents and entities cannot be recognised',
    );
    expect(await reasonOf(ports.nlu.sentiment({ texts: ['great'], locale: 'en' }), 'nlu')).toBe(
      'nlu_not_configured: this runtime has no NLU engine yet, so sentiment cannot be scored',
    );
  });

  it('knowledge and handoff are not-configured with their own reasons', async () => {
    const search = { query: 'returns', locale: 'en', limit: 3, minScore: 0.5 };
    expect(await reasonOf(ports.knowledge.search(search), 'knowledge')).toMatch(
      /^knowledge_not_configured: /,
    );
    const handoff = { queue: 'orders', priority: 'normal' as const, transcript: [] };
    expect(await reasonOf(ports.handoff.request(handoff), 'handoff')).toMatch(
      /^handoff_not_configured: .*no agent can take the conversation/,
    );
  });

  it('data tables are not-configured, naming the table', async () => {
    const query = { table: 'stores', descending: false, limit: 10, vars: {} };
    expect(await reasonOf(ports.lookup.table(query), 'lookup')).toBe(
      'data tables are not available yet: table "stores"',
    );
  });

  it('LLM: says which settings are missing, or that the provider cannot be used yet', async () => {
    const input = { messages: [{ role: 'user' as const, content: 'Hi' }], timeoutMs: 5_000 };
    expect(await reasonOf(ports.llm.complete(input), 'llm')).toBe(
      'llm_not_configured: no LLM provider is configured (OPENAI_BASE_URL / OPENAI_API_KEY)',
    );
    const configured = createLlmPort({
      baseUrl: 'http://127.0.0.1:9/v1',
      apiKey: 'sk-test-123456',
      model: 'gpt-4o-mini',
    });
    const reason = await reasonOf(configured.complete(input), 'llm');
    expect(reason).toBe(llmNotConfiguredReasons.noAdapter);
    expect(reason).not.toContain('sk-test');
  });
});
