import { PortError, type NluClassification, type NluClassifyInput } from '@parley/engine';
import { runFlow, tinyBot, type NodeDataOf, type TinyBotOptions } from '@parley/testing';

const intents: TinyBotOptions['intents'] = [
  { name: 'order_status', utterances: { en: ['where is my order'] } },
  { name: 'refund', utterances: { en: ['I want my money back'] } },
  { name: 'greeting', utterances: { en: ['hi'] } },
];

/** start → intent → one message per outcome (echoing `nlu`), plus an optional ask before it. */
function intentBot(
  data: NodeDataOf<'intent'>,
  options: { askFirst?: boolean; bot?: TinyBotOptions } = {},
) {
  return tinyBot(
    (b) => {
      b.variable('orderId');
      b.variable('name');
      const intent = b.node('intent', data);
      if (options.askFirst === true)
        b.chain(b.node('start'), b.node('ask', { question: 'Name?', variable: 'name' }), intent);
      else b.chain(b.node('start'), intent);
      const routed = data.intents?.length ? data.intents : (intents ?? []).map((i) => i.name);
      for (const outcome of [...routed, 'fallback']) {
        const said = b.node('message', { text: `(${outcome}) {{ nlu.intent }}` });
        b.edge(intent, said, outcome);
        b.edge(said, b.done());
      }
    },
    { intents, ...options.bot },
  );
}

const classification = (
  intent: string | null,
  confidence: number,
  extra: Partial<NluClassification> = {},
): NluClassification => ({
  intent,
  confidence,
  ranking: intent === null ? [] : [{ intent, confidence }],
  entities: [],
  ...extra,
});

describe('intent executor', () => {
  it('says the prompt and waits, then classifies the next message and routes on it', async () => {
    const result = await runFlow(
      intentBot({ prompt: 'What can I do for you?' }),
      ['where is my order?'],
      {
        script: { nlu: { classify: classification('order_status', 0.92) } },
      },
    );
    expect(result.turns[0]).toMatchObject({ texts: ['What can I do for you?'], status: 'waiting' });
    expect(result.last.texts).toEqual(['(order_status) order_status']);
    expect(result.state.nlu).toMatchObject({ intent: 'order_status', confidence: 0.92 });
    const input: NluClassifyInput = { text: 'where is my order?', locale: 'en' };
    expect(result.ports.callsTo('nlu', 'classify')[0]?.input).toEqual(input);
  });

  it('classifies a message a previous node left unconsumed in the same turn', async () => {
    // A restart: the idle conversation's next message runs the main flow and reaches the node at once.
    const doc = intentBot({});
    const result = await runFlow(doc, ['hello', 'I want my money back'], {
      script: {
        nlu: { classify: [classification('greeting', 0.9), classification('refund', 0.8)] },
      },
    });
    expect(result.turns.map((turn) => turn.texts)).toEqual([
      [],
      ['(greeting) greeting'],
      ['(refund) refund'],
    ]);
  });

  it('waits for the next message when an earlier node consumed this one', async () => {
    const result = await runFlow(
      intentBot({ prompt: 'And what do you need?' }, { askFirst: true }),
      ['Ada', 'refund please'],
      {
        script: { nlu: { classify: classification('refund', 0.7) } },
      },
    );
    expect(result.turns.map((turn) => turn.texts)).toEqual([
      ['Name?'],
      ['And what do you need?'],
      ['(refund) refund'],
    ]);
    expect(result.ports.callsTo('nlu', 'classify')).toHaveLength(1);
  });

  it('restricts the NLU to the node’s intents and routes only on them', async () => {
    const data = { intents: ['refund', 'order_status'] };
    const result = await runFlow(intentBot(data), ['hi'], {
      script: { nlu: { classify: classification('greeting', 0.99) } },
    });
    expect(result.ports.callsTo('nlu', 'classify')[0]?.input).toMatchObject({
      intents: ['refund', 'order_status'],
    });
    expect(result.last.texts).toEqual(['(fallback) greeting']);
  });

  it('takes fallback below the bot threshold, or the node’s own', async () => {
    const script = { nlu: { classify: classification('refund', 0.55) } };
    const byBot = await runFlow(intentBot({}), ['money back?'], { script });
    expect(byBot.last.texts).toEqual(['(fallback) refund']);
    expect(byBot.trace).toContainEqual(
      expect.objectContaining({ notes: [expect.stringContaining('below the threshold 0.6')] }),
    );
    const byNode = await runFlow(intentBot({ threshold: 0.5 }), ['money back?'], { script });
    expect(byNode.last.texts).toEqual(['(refund) refund']);
    const strictBot = await runFlow(
      intentBot({}, { bot: { settings: { nluConfidenceThreshold: 0.5 } } }),
      ['money back?'],
      { script },
    );
    expect(strictBot.last.texts).toEqual(['(refund) refund']);
  });

  it('takes fallback when nothing is recognised', async () => {
    const result = await runFlow(intentBot({}), ['blah'], {});
    expect(result.last.texts).toEqual(['(fallback) ']);
  });

  it('saves listed entities into their variables', async () => {
    const entities = [
      { entity: 'order_code', value: 'A-1001', text: 'a-1001', start: 19, end: 25 },
      { entity: 'order_code', value: 'B-2', text: 'b-2', start: 30, end: 33 },
    ];
    const data = { entities: [{ entity: 'order_code', variable: 'orderId' }] };
    const result = await runFlow(intentBot(data), ['where is my order a-1001 or b-2'], {
      script: { nlu: { classify: classification('order_status', 0.9, { entities }) } },
    });
    expect(result.vars['orderId']).toBe('A-1001');
  });

  it('routes a button whose payload is an intent name directly', async () => {
    const result = await runFlow(intentBot({ prompt: 'Pick one' }), [
      { payload: 'refund', text: 'Refunds' },
    ]);
    expect(result.last.texts).toEqual(['(refund) refund']);
    expect(result.ports.callsTo('nlu', 'classify')).toHaveLength(0);
    expect(result.state.nlu).toEqual({
      intent: 'refund',
      confidence: 1,
      ranking: [{ intent: 'refund', confidence: 1 }],
      entities: [],
    });
  });

  it('keeps waiting through events without a message', async () => {
    const result = await runFlow(intentBot({ prompt: 'Yes?' }), [
      { handback: {} },
      { timer: 'none' },
    ]);
    expect(result.status).toBe('waiting');
    expect(result.ports.callsTo('nlu', 'classify')).toHaveLength(0);
  });

  it('gives the bot fallback message when the NLU fails', async () => {
    const result = await runFlow(intentBot({}), ['hi'], {
      script: { nlu: { classify: new PortError('nlu', 'unavailable', 'model not loaded') } },
    });
    expect(result.last.texts).toEqual(["Sorry, I didn't get that."]);
    expect(result.trace).toContainEqual(
      expect.objectContaining({
        nodeId: 'intent1',
        error: 'Intent recognition unavailable (model not loaded)',
      }),
    );
  });
});
