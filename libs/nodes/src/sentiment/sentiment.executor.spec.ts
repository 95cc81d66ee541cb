import { PortError, type NluSentimentInput } from '@parley/engine';
import { runFlow, tinyBot, type NodeDataOf, type PortScript } from '@parley/testing';

/** start → ask → ask → sentiment → a message per outcome. */
function sentimentBot(data: NodeDataOf<'sentiment'>, options: { askFirst?: boolean } = {}) {
  return tinyBot((b) => {
    b.variable('mood', { type: 'number' });
    b.variable('first');
    b.variable('second');
    const sentiment = b.node('sentiment', data);
    if (options.askFirst === false) {
      b.chain(b.node('start'), sentiment);
    } else {
      b.chain(
        b.node('start'),
        b.node('ask', { question: 'How was the delivery?', variable: 'first' }),
        b.node('ask', { question: 'And the product?', variable: 'second' }),
        sentiment,
      );
    }
    for (const outcome of ['positive', 'neutral', 'negative']) {
      const said = b.node('message', { text: `(${outcome}) {{ vars.mood }}` });
      b.edge(sentiment, said, outcome);
      b.edge(said, b.done());
    }
  });
}

const score = (value: number): PortScript => ({ nlu: { sentiment: { score: value } } });

describe('sentiment executor', () => {
  it.each([
    [0.8, '(positive) 0.8'],
    [0.3, '(neutral) 0.3'],
    [0, '(neutral) 0'],
    [-0.3, '(neutral) -0.3'],
    [-0.31, '(negative) -0.31'],
  ])('routes a score of %d with the default thresholds', async (value, said) => {
    const result = await runFlow(sentimentBot({ variable: 'mood' }), ['late', 'broken'], {
      script: score(value),
    });
    expect(result.last.texts).toEqual([said]);
    expect(result.vars['mood']).toBe(value);
  });

  it('honours custom thresholds', async () => {
    const data = { variable: 'mood', negativeBelow: -0.8, positiveAbove: 0.9 };
    const result = await runFlow(sentimentBot(data), ['meh', 'fine'], { script: score(-0.5) });
    expect(result.last.texts).toEqual(['(neutral) -0.5']);
  });

  it('scores only the last customer message by default', async () => {
    const result = await runFlow(sentimentBot({}), ['It was late', 'And it is broken'], {
      script: score(-0.9),
    });
    const input: NluSentimentInput = { texts: ['And it is broken'], locale: 'en' };
    expect(result.ports.callsTo('nlu', 'sentiment')[0]?.input).toEqual(input);
    expect(result.last.texts).toEqual(['(negative) ']);
  });

  it('scores every customer message of the conversation with target conversation', async () => {
    const result = await runFlow(
      sentimentBot({ target: 'conversation' }),
      ['It was late', 'But I love it'],
      { script: score(0.1) },
    );
    expect(result.ports.callsTo('nlu', 'sentiment')[0]?.input).toEqual({
      texts: ['It was late', 'But I love it'],
      locale: 'en',
    });
  });

  it('scores 0 (neutral) without calling the NLU when the customer has said nothing', async () => {
    const result = await runFlow(sentimentBot({ variable: 'mood' }, { askFirst: false }), [], {
      script: score(-1),
    });
    expect(result.last.texts).toEqual(['(neutral) 0']);
    expect(result.ports.callsTo('nlu', 'sentiment')).toHaveLength(0);
  });

  it('gives the bot fallback message when the NLU fails', async () => {
    const result = await runFlow(sentimentBot({}), ['late', 'broken'], {
      script: { nlu: { sentiment: new PortError('nlu', 'unavailable', 'model not loaded') } },
    });
    expect(result.last.texts).toEqual(["Sorry, I didn't get that."]);
    expect(result.trace).toContainEqual(
      expect.objectContaining({
        nodeId: 'sentiment1',
        error: 'Sentiment analysis unavailable (model not loaded)',
      }),
    );
  });
});
