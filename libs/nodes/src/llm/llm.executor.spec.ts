import {
  PortError,
  llmCompleteInputSchema,
  type LlmCompleteInput,
  type LlmCompletion,
} from '@parley/engine';
import {
  runFlow,
  tinyBot,
  type NodeDataOf,
  type PortScript,
  type TinyBotOptions,
} from '@parley/testing';
import { llmTextFilter, redactForLlm } from '../shared/llm-prompt';

/** start → ask (fills the history) → llm → a message per outcome. */
function llmBot(data: NodeDataOf<'llm'>, outcomes: string[], bot: TinyBotOptions = {}) {
  return tinyBot((b) => {
    for (const name of ['question', 'reply', 'city', 'nights', 'vip', 'summary']) b.variable(name);
    const llm = b.node('llm', data);
    b.chain(
      b.node('start'),
      b.node('ask', { question: 'How can I help?', variable: 'question' }),
      llm,
    );
    for (const outcome of outcomes) {
      const said = b.node('message', { text: `(${outcome})` });
      b.edge(llm, said, outcome);
      b.edge(said, b.done());
    }
  }, bot);
}

const reply = (text: string, extra: Partial<LlmCompletion> = {}): LlmCompletion => ({
  text,
  finishReason: 'stop',
  ...extra,
});

async function runLlm(
  data: NodeDataOf<'llm'>,
  complete: PortScript['llm'],
  options: { outcomes?: string[]; bot?: TinyBotOptions } = {},
) {
  const requests: LlmCompleteInput[] = [];
  const result = await runFlow(
    llmBot(data, options.outcomes ?? ['next', 'error'], options.bot),
    ['I want to go to Paris'],
    {
      script: { ...(complete === undefined ? {} : { llm: complete }) },
    },
  );
  for (const call of result.ports.callsTo('llm', 'complete'))
    requests.push(llmCompleteInputSchema.parse(call.input));
  return { result, requests };
}

const stepError = (trace: { type: string }[]) =>
  trace.find((entry) => 'nodeId' in entry && entry.nodeId === 'llm1' && 'error' in entry);

describe('llm executor: reply', () => {
  it('sends persona + system, history (without the message the prompt quotes), then the prompt → next', async () => {
    const { result, requests } = await runLlm(
      {
        prompt: 'Answer: {{ vars.question }}',
        system: 'Be brief.',
        outputVariable: 'reply',
        model: 'small',
        temperature: 0.1,
      },
      { complete: reply('  Paris is lovely.  ') },
      { bot: { settings: { llmPersona: 'You are Tripbot.' } } },
    );
    expect(result.last.texts).toEqual(['Paris is lovely.', '(next)']);
    expect(result.vars['reply']).toBe('Paris is lovely.');
    expect(requests[0]).toEqual({
      messages: [
        { role: 'system', content: 'You are Tripbot.\n\nBe brief.' },
        { role: 'assistant', content: 'How can I help?' },
        { role: 'user', content: 'Answer: I want to go to Paris' },
      ],
      model: 'small',
      temperature: 0.1,
      maxTokens: 512,
      timeoutMs: 30_000,
    });
  });

  it('keeps the customer message in the history when the prompt does not quote it', async () => {
    const { requests } = await runLlm({ prompt: 'Reply kindly.' }, { complete: reply('Sure') });
    expect(requests[0]?.messages).toEqual([
      { role: 'assistant', content: 'How can I help?' },
      { role: 'user', content: 'I want to go to Paris' },
      { role: 'user', content: 'Reply kindly.' },
    ]);
  });

  it('leaves the history out when includeHistory is off', async () => {
    const { requests } = await runLlm(
      { prompt: 'Hi', includeHistory: false },
      { complete: reply('Hello') },
    );
    expect(requests[0]?.messages).toEqual([{ role: 'user', content: 'Hi' }]);
  });

  it('passes prompts through redactForLlm when the bot redacts personal data', () => {
    expect(llmTextFilter({ redactPersonalData: true })).toBe(redactForLlm);
    expect(llmTextFilter({ redactPersonalData: false })('a@b.com')).toBe('a@b.com');
  });

  it('takes error with "LLM provider not configured" when no provider is set up', async () => {
    const { result } = await runLlm({ prompt: 'Hi' }, undefined);
    expect(result.last.texts).toEqual(['(error)']);
    expect(stepError(result.trace)).toMatchObject({
      error: expect.stringMatching(/^LLM provider not configured/),
    });
  });

  it.each([
    [
      'a timeout',
      new PortError('llm', 'timeout', 'no answer within 30000 ms'),
      'LLM provider timed out (no answer within 30000 ms)',
    ],
    [
      'a filtered reply',
      reply('', { finishReason: 'content-filter' }),
      'The LLM did not answer (finish reason: content-filter)',
    ],
    ['an empty reply', reply('   '), 'The LLM gave an empty reply'],
  ])('takes error on %s', async (_label, answer, reason) => {
    const { result } = await runLlm({ prompt: 'Hi' }, { complete: answer });
    expect(result.last.texts).toEqual(['(error)']);
    expect(stepError(result.trace)).toMatchObject({ error: reason });
  });

  it('gives up on a provider that never answers, soon after timeoutSeconds', async () => {
    const { result } = await runLlm(
      { prompt: 'Hi', timeoutSeconds: 1 },
      { complete: () => new Promise<never>(() => undefined) },
    );
    expect(result.last.texts).toEqual(['(error)']);
    expect(stepError(result.trace)).toMatchObject({
      error: expect.stringMatching(/^LLM provider timed out/),
    });
  });

  it('says the bot fallback message when error has no edge', async () => {
    const { result } = await runLlm({ prompt: 'Hi' }, undefined, { outcomes: ['next'] });
    expect(result.last.texts).toEqual(["Sorry, I didn't get that."]);
    expect(result.status).toBe('idle');
  });
});

describe('llm executor: extract', () => {
  const extract: NodeDataOf<'llm'> = {
    mode: 'extract',
    prompt: 'Trip details from: {{ vars.question }}',
    fields: [
      {
        name: 'city',
        type: 'string',
        description: 'Destination city',
        variable: 'city',
        required: true,
      },
      { name: 'nights', type: 'number', variable: 'nights' },
      { name: 'vip', type: 'boolean', variable: 'vip' },
    ],
  };

  it('asks for JSON matching the fields and stores each one → next', async () => {
    const { result, requests } = await runLlm(extract, {
      complete: reply('{"city":"Paris","nights":"3","vip":null}'),
    });
    expect(result.last.texts).toEqual(['(next)']);
    expect(result.vars).toMatchObject({ city: 'Paris', nights: 3 });
    expect(result.vars).not.toHaveProperty('vip');
    expect(requests[0]?.jsonSchema).toEqual({
      type: 'object',
      properties: {
        city: { type: 'string', description: 'Destination city' },
        nights: { type: ['number', 'null'] },
        vip: { type: ['boolean', 'null'] },
      },
      required: ['city'],
      additionalProperties: false,
    });
  });

  it('prefers the provider’s parsed json and tolerates a code fence', async () => {
    const parsed = await runLlm(extract, {
      complete: reply('ignored', { json: { city: 'Rome', vip: true } }),
    });
    expect(parsed.result.vars).toMatchObject({ city: 'Rome', vip: true });
    const fenced = await runLlm(extract, { complete: reply('```json\n{"city":"Oslo"}\n```') });
    expect(fenced.result.vars['city']).toBe('Oslo');
  });

  it.each([
    ['malformed JSON', '{"city": "Paris"', 'The LLM reply is not valid JSON'],
    ['a missing required field', '{"nights": 2}', 'The LLM reply does not fit the fields (city:'],
    [
      'a value of the wrong type',
      '{"city": "Paris", "nights": "many"}',
      'The LLM reply does not fit the fields (nights:',
    ],
  ])('takes error on %s, storing nothing', async (_label, text, reason) => {
    const { result } = await runLlm(extract, { complete: reply(text) });
    expect(result.last.texts).toEqual(['(error)']);
    expect(stepError(result.trace)).toMatchObject({ error: expect.stringContaining(reason) });
    expect(result.vars).not.toHaveProperty('city');
  });
});

describe('llm executor: classify', () => {
  const classify: NodeDataOf<'llm'> = {
    mode: 'classify',
    prompt: '{{ vars.question }}',
    labels: [
      { name: 'booking', description: 'Wants to book a trip' },
      { name: 'complaint', description: '' },
    ],
  };
  const outcomes = ['booking', 'complaint', 'fallback', 'error'];

  it.each([
    ['booking', '(booking)'],
    [' "Complaint". ', '(complaint)'],
    ['weather', '(fallback)'],
  ])('routes the reply %j', async (text, said) => {
    const { result, requests } = await runLlm(classify, { complete: reply(text) }, { outcomes });
    expect(result.last.texts).toEqual([said]);
    expect(requests[0]?.messages[0]?.content).toContain(
      '- booking: Wants to book a trip\n- complaint',
    );
  });

  it('takes error when the provider fails', async () => {
    const { result } = await runLlm(
      classify,
      { complete: new PortError('llm', 'unavailable', 'HTTP 502') },
      { outcomes },
    );
    expect(result.last.texts).toEqual(['(error)']);
    expect(stepError(result.trace)).toMatchObject({ error: 'LLM provider unavailable (HTTP 502)' });
  });
});

describe('llm executor: summarise', () => {
  it('summarises the transcript into outputVariable without saying it → next', async () => {
    const data: NodeDataOf<'llm'> = {
      mode: 'summarise',
      prompt: 'Summarise for an agent.',
      outputVariable: 'summary',
    };
    const { result, requests } = await runLlm(data, { complete: reply('Customer wants Paris.') });
    expect(result.last.texts).toEqual(['(next)']);
    expect(result.vars['summary']).toBe('Customer wants Paris.');
    expect(requests[0]?.messages.at(-1)?.content).toBe(
      'Summarise for an agent.\n\nConversation:\nBot: How can I help?\nCustomer: I want to go to Paris',
    );
  });
});
