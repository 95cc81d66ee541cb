import {
  runFlow,
  TEST_CLOCK_START,
  tinyBot,
  type NodeDataOf,
  type TinyBotOptions,
} from '@parley/testing';

/** start → ask → "Got …"; invalid → "Giving up"; timeout → "Too slow". */
function askBot(ask: Partial<NodeDataOf<'ask'>>, options: TinyBotOptions = {}) {
  return tinyBot((b) => {
    const question = b.node('ask', { question: 'Your answer?', variable: 'answer', ...ask });
    b.chain(
      b.node('start'),
      question,
      b.node('message', { text: 'Got {{ vars.answer }}' }),
      b.done(),
    );
    const outcomes =
      ask.timeoutSeconds === undefined
        ? { invalid: 'Giving up' }
        : { invalid: 'Giving up', timeout: 'Too slow' };
    for (const [outcome, text] of Object.entries(outcomes)) {
      const said = b.node('message', { text });
      b.edge(question, said, outcome);
      b.edge(said, b.done());
    }
  }, options);
}

describe('ask executor', () => {
  it('asks, waits, stores the answer and takes next', async () => {
    const run = await runFlow(askBot({ question: 'What is your name?' }), ['  Ada  ']);
    expect(run.turns[0]).toMatchObject({ texts: ['What is your name?'], status: 'waiting' });
    expect(run.last.texts).toEqual(['Got Ada']);
    expect(run.vars.answer).toBe('Ada');
  });

  it('re-prompts with the default retry message, then takes invalid after maxTries', async () => {
    const run = await runFlow(askBot({ type: 'email', maxTries: 3 }), [
      'nope',
      'still nope',
      'no@way',
    ]);
    const retry =
      "That doesn't look like an e-mail address. Please try again (e.g. name@example.com).";
    expect(run.turns.map((turn) => turn.texts)).toEqual([
      ['Your answer?'],
      [retry, 'Your answer?'],
      [retry, 'Your answer?'],
      ['Giving up'],
    ]);
    expect(run.vars).not.toHaveProperty('answer');
    const notes = run.trace.flatMap((entry) => (entry.type === 'step' ? entry.notes : []));
    expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/try 3 of 3/)]));
  });

  it('counts tries across turns and accepts a valid answer before the limit', async () => {
    const run = await runFlow(askBot({ type: 'number', min: 1, max: 10, maxTries: 2 }), [
      'eleven?',
      '7',
    ]);
    expect(run.turns[1]?.texts).toEqual(['Please answer with a number.', 'Your answer?']);
    expect(run.last.texts).toEqual(['Got 7']);
    expect(run.vars.answer).toBe(7);
  });

  it('says the retry message of the node, rendered, or a Chinese default in zh', async () => {
    const custom = await runFlow(
      askBot({ type: 'number', retryMessage: 'A number please, {{ vars.name }}' }),
      ['x'],
      {
        vars: { name: 'Ada' },
      },
    );
    expect(custom.last.texts).toEqual(['A number please, Ada', 'Your answer?']);
    const zh = await runFlow(askBot({ type: 'number', min: 5 }, { locales: ['zh-CN'] }), ['3']);
    expect(zh.last.texts).toEqual(['请输入不小于 5 的数字。', 'Your answer?']);
  });

  it('reads numbers with separators and full-width digits', async () => {
    expect((await runFlow(askBot({ type: 'number' }), ['1,234.5'])).vars.answer).toBe(1234.5);
    expect((await runFlow(askBot({ type: 'number' }), ['１２３'])).vars.answer).toBe(123);
  });

  it('reads dates by locale and stores ISO dates', async () => {
    expect(
      (await runFlow(askBot({ type: 'date' }), ['03/04/2026'], { locale: 'en-US' })).vars.answer,
    ).toBe('2026-03-04');
    expect(
      (await runFlow(askBot({ type: 'date' }), ['03/04/2026'], { locale: 'en-GB' })).vars.answer,
    ).toBe('2026-04-03');
    expect(
      (await runFlow(askBot({ type: 'date' }), ['2026年11月24日'], { locale: 'zh-CN' })).vars
        .answer,
    ).toBe('2026-11-24');
  });

  it('reads international and Chinese mobile phone numbers', async () => {
    expect((await runFlow(askBot({ type: 'phone' }), ['+44 20 7946 0958'])).vars.answer).toBe(
      '+442079460958',
    );
    expect((await runFlow(askBot({ type: 'phone' }), ['138 0013 8000'])).vars.answer).toBe(
      '13800138000',
    );
    expect((await runFlow(askBot({ type: 'phone', maxTries: 1 }), ['12345'])).last.texts).toEqual([
      'Giving up',
    ]);
  });

  it('matches a pattern', async () => {
    const bot = askBot({ type: 'regex', pattern: '^[A-Z]{2}\\d{6}$', maxTries: 1 });
    expect((await runFlow(bot, ['AB123456'])).vars.answer).toBe('AB123456');
    expect((await runFlow(bot, ['AB12'])).last.texts).toEqual(['Giving up']);
  });

  describe('choices', () => {
    const choices = [
      {
        id: 'refund',
        label: { en: 'Refund', 'zh-CN': '退款' },
        value: 'refund',
        synonyms: ['money back'],
      },
      { id: 'exchange', label: { en: 'Exchange', 'zh-CN': '换货' }, value: 'exchange' },
    ];
    const bot = askBot({ type: 'choice', choices }, { locales: ['en', 'zh-CN'] });

    it('offers the choices as quick replies in the conversation locale', async () => {
      const run = await runFlow(bot, [], { locale: 'zh-CN' });
      expect(run.messages[0]).toMatchObject({
        text: 'Your answer?',
        quickReplies: [
          { label: '退款', payload: 'refund' },
          { label: '换货', payload: 'exchange' },
        ],
      });
    });

    it('accepts a label typed in Chinese in an English conversation', async () => {
      const run = await runFlow(bot, ['换货'], { locale: 'en' });
      expect(run.vars.answer).toBe('exchange');
    });

    it('accepts the pressed quick reply, a synonym, or the position', async () => {
      expect((await runFlow(bot, [{ payload: 'refund', text: '退款' }])).vars.answer).toBe(
        'refund',
      );
      expect((await runFlow(bot, ['Money back!'])).vars.answer).toBe('refund');
      expect((await runFlow(bot, ['2'])).vars.answer).toBe('exchange');
    });

    it('re-asks with the quick replies after an unknown answer', async () => {
      const run = await runFlow(bot, ['maybe']);
      expect(run.last.texts).toEqual(['Please pick one of the options.', 'Your answer?']);
      expect(run.last.messages[1]).toMatchObject({
        quickReplies: [{ payload: 'refund' }, { payload: 'exchange' }],
      });
    });

    it('builds choices from a list variable', async () => {
      const dynamic = askBot({
        type: 'choice',
        choicesFrom: { items: 'vars.orders', label: '$item.title', payload: '$item.id' },
      });
      const orders = [
        { id: 'A-1', title: 'Shoes' },
        { id: 'B-2', title: 'Jacket' },
      ];
      const run = await runFlow(dynamic, ['jacket'], { vars: { orders } });
      expect(run.turns[0]?.messages[0]).toMatchObject({
        quickReplies: [
          { label: 'Shoes', payload: 'A-1' },
          { label: 'Jacket', payload: 'B-2' },
        ],
      });
      expect(run.vars.answer).toBe('B-2');
    });
  });

  it('arms a timer and takes timeout when it fires', async () => {
    const run = await runFlow(askBot({ timeoutSeconds: 60 }), [{ timer: 'timeout' }]);
    const [timer] = run.turns[0]?.state.waiting?.timers ?? [];
    expect(timer?.dueAt).toBe(TEST_CLOCK_START + 60_000);
    expect(run.ports.clock.now()).toBe(TEST_CLOCK_START + 60_000);
    expect(run.last.texts).toEqual(['Too slow']);
    expect(run.vars).not.toHaveProperty('answer');
  });

  it('re-arms the timer on a re-prompt, so the earlier timer is ignored', async () => {
    const bot = askBot({ type: 'number', timeoutSeconds: 60 });
    const run = await runFlow(bot, ['x', { timer: 'ask1:1:timeout' }, '5']);
    expect(run.turns[2]?.texts).toEqual([]);
    expect(run.turns[2]?.trace).toContainEqual(
      expect.objectContaining({ type: 'note', code: 'timer-ignored' }),
    );
    expect(run.vars.answer).toBe(5);
  });

  it('skips the question when skipIfSet and the variable has a value', async () => {
    const skipping = askBot({ skipIfSet: true });
    expect((await runFlow(skipping, [], { vars: { answer: 'known' } })).texts).toEqual([
      'Got known',
    ]);
    expect((await runFlow(skipping, [], { vars: { answer: '' } })).texts).toEqual(['Your answer?']);
    expect((await runFlow(askBot({}), [], { vars: { answer: 'known' } })).texts).toEqual([
      'Your answer?',
    ]);
  });

  it('stores and echoes template-looking answers literally, never evaluating them', async () => {
    const run = await runFlow(askBot({}), ['{{ vars.secret }} and $string(1)'], {
      vars: { secret: 'TOP-SECRET' },
    });
    expect(run.vars.answer).toBe('{{ vars.secret }} and $string(1)');
    expect(run.last.texts).toEqual(['Got {{ vars.secret }} and $string(1)']);
    expect(run.texts.join('\n')).not.toContain('TOP-SECRET');
  });

  it('takes the fallback when invalid has no edge', async () => {
    const doc = tinyBot((b) => {
      b.chain(
        b.node('start'),
        b.node('ask', { question: 'Email?', variable: 'email', type: 'email', maxTries: 1 }),
      );
    });
    const run = await runFlow(doc, ['nope']);
    expect(run.last.texts).toEqual(["Sorry, I didn't get that."]);
    expect(run.status).toBe('idle');
  });
});
