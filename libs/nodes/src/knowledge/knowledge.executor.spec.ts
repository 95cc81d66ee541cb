import { PortError, type KnowledgePassage, type LlmCompleteInput } from '@parley/engine';
import {
  runFlow,
  tinyBot,
  type NodeDataOf,
  type PortScript,
  type TinyBotOptions,
} from '@parley/testing';

/** start → ask → knowledge → answered/not_found/error messages. */
function knowledgeBot(
  data: NodeDataOf<'knowledge'>,
  options: { errorEdge?: boolean; bot?: TinyBotOptions } = {},
) {
  return tinyBot((b) => {
    b.variable('question');
    b.variable('answer');
    const knowledge = b.node('knowledge', data);
    b.chain(
      b.node('start'),
      b.node('ask', { question: 'Ask me anything', variable: 'question' }),
      knowledge,
    );
    const outcomes: Record<string, string> = { answered: '(answered)', not_found: 'I do not know' };
    if (options.errorEdge !== false) outcomes['error'] = 'Search failed';
    for (const [outcome, text] of Object.entries(outcomes)) {
      const said = b.node('message', { text });
      b.edge(knowledge, said, outcome);
      b.edge(said, b.done());
    }
  }, options.bot);
}

const passages: KnowledgePassage[] = [
  { id: 'p2', text: 'Express shipping takes 1-2 days.', score: 0.55 },
  { id: 'p1', text: 'Returns are free within 30 days.', score: 0.9 },
  { id: 'p3', text: 'We ship worldwide.', score: 0.2 },
];

const ask = (
  data: NodeDataOf<'knowledge'>,
  script: PortScript,
  message = 'Can I return my shoes?',
  options = {},
) => runFlow(knowledgeBot(data, options), [message], { script });

describe('knowledge executor', () => {
  it('direct: says the best passage above minScore → answered', async () => {
    const result = await ask({ outputVariable: 'answer' }, { knowledge: { search: { passages } } });
    expect(result.last.texts).toEqual(['Returns are free within 30 days.', '(answered)']);
    expect(result.vars['answer']).toBe('Returns are free within 30 days.');
    expect(result.ports.callsTo('knowledge', 'search')[0]?.input).toEqual({
      query: 'Can I return my shoes?',
      locale: 'en',
      limit: 3,
      minScore: 0.3,
    });
  });

  it('asks the question expression when one is set', async () => {
    const result = await ask(
      { question: '"returns policy for " & vars.question' },
      { knowledge: { search: { passages } } },
    );
    expect(result.ports.callsTo('knowledge', 'search')[0]?.input).toMatchObject({
      query: 'returns policy for Can I return my shoes?',
    });
  });

  it('takes not_found when no passage reaches minScore, or none comes back', async () => {
    const weak = await ask({ minScore: 0.95 }, { knowledge: { search: { passages } } });
    expect(weak.last.texts).toEqual(['I do not know']);
    const none = await ask({}, { knowledge: { search: { passages: [] } } });
    expect(none.last.texts).toEqual(['I do not know']);
  });

  it('llm: answers from the passages found, best first, and says the answer', async () => {
    let request: LlmCompleteInput | undefined;
    const complete = (input: LlmCompleteInput) => {
      request = input;
      return { text: 'Yes, within 30 days, free of charge.', finishReason: 'stop' as const };
    };
    const result = await ask(
      { answerMode: 'llm', maxPassages: 2, outputVariable: 'answer' },
      { knowledge: { search: { passages } }, llm: { complete } },
      'Can I return my shoes?',
      { bot: { settings: { llmPersona: 'You are Shoply’s assistant.' } } },
    );
    expect(result.last.texts).toEqual(['Yes, within 30 days, free of charge.', '(answered)']);
    expect(result.vars['answer']).toBe('Yes, within 30 days, free of charge.');
    const system = request?.messages[0]?.content ?? '';
    expect(system).toMatch(/^You are Shoply’s assistant\./);
    expect(system.indexOf('[1] Returns are free')).toBeLessThan(
      system.indexOf('[2] Express shipping'),
    );
    expect(system).not.toContain('We ship worldwide');
    expect(request?.messages.at(-1)).toEqual({ role: 'user', content: 'Can I return my shoes?' });
  });

  it('llm: takes not_found when the model finds no answer in the passages', async () => {
    const result = await ask(
      { answerMode: 'llm' },
      {
        knowledge: { search: { passages } },
        llm: { complete: { text: 'NOT_FOUND', finishReason: 'stop' } },
      },
    );
    expect(result.last.texts).toEqual(['I do not know']);
  });

  it('takes error with a clear reason when the search or the model fails', async () => {
    const search = await ask(
      {},
      { knowledge: { search: new PortError('knowledge', 'unavailable', 'index offline') } },
    );
    expect(search.last.texts).toEqual(['Search failed']);
    expect(search.trace).toContainEqual(
      expect.objectContaining({
        nodeId: 'knowledge1',
        error: 'Knowledge search unavailable (index offline)',
      }),
    );
    const llm = await ask({ answerMode: 'llm' }, { knowledge: { search: { passages } } });
    expect(llm.last.texts).toEqual(['Search failed']);
    expect(llm.trace).toContainEqual(
      expect.objectContaining({
        nodeId: 'knowledge1',
        error: expect.stringMatching(/^LLM provider not configured/),
      }),
    );
  });

  it('says the bot fallback message when error has no edge', async () => {
    const result = await ask({}, {}, 'Hello?', { errorEdge: false });
    expect(result.last.texts).toEqual(["Sorry, I didn't get that."]);
    expect(result.status).toBe('idle');
  });
});
