import type { NluClassifyInput, NluEntityMatch } from '@parley/engine';
import {
  runFlow,
  tinyBot,
  type FlowInput,
  type NodeDataOf,
  type RunFlowOptions,
} from '@parley/testing';

const contactForm: NodeDataOf<'form'> = {
  fields: [
    { name: 'name', variable: 'name', prompt: 'What is your name?' },
    { name: 'email', variable: 'email', type: 'email', prompt: 'Your e-mail?' },
    {
      name: 'phone',
      variable: 'phone',
      type: 'phone',
      prompt: { en: 'Your phone?', 'zh-CN': '您的电话？' },
    },
  ],
};

/** start → ask "How can I help?" → form → done / cancelled messages. */
function formBot(data: NodeDataOf<'form'>, locales: string[] = ['en']) {
  return tinyBot(
    (b) => {
      b.variable('request');
      for (const field of data.fields) b.variable(field.variable);
      const form = b.node('form', data);
      b.chain(
        b.node('start'),
        b.node('ask', { question: 'How can I help?', variable: 'request' }),
        form,
      );
      const done = b.node('message', { text: 'Saved' });
      const cancelled = b.node('message', { text: 'Cancelled' });
      b.edge(form, done, 'done');
      b.edge(form, cancelled, 'cancelled');
      b.chain(done, b.done());
      b.chain(cancelled, b.done());
    },
    { locales, defaultLocale: locales[0] },
  );
}

const run = (
  data: NodeDataOf<'form'>,
  inputs: FlowInput[],
  options: RunFlowOptions & { locales?: string[] } = {},
) => runFlow(formBot(data, options.locales), inputs, options);

const summary = (name: string, email: string, phone: string) =>
  `Please confirm these details:\n• Name: ${name}\n• Email: ${email}\n• Phone: ${phone}`;

describe('form executor: collecting', () => {
  it('fills several fields from one message and asks only for what is missing', async () => {
    const result = await run(contactForm, [
      'update my details',
      'my email is a@b.com and phone +44 7700 900123',
      'Ada Lovelace',
      { payload: 'form:yes', text: 'Yes, correct' },
    ]);
    expect(result.turns.map((turn) => turn.texts)).toEqual([
      ['How can I help?'],
      ['What is your name?'],
      ['What is your name?'],
      [summary('Ada Lovelace', 'a@b.com', '+447700900123')],
      ['Saved'],
    ]);
    expect(result.vars).toMatchObject({
      name: 'Ada Lovelace',
      email: 'a@b.com',
      phone: '+447700900123',
    });
    expect(result.turns[3]?.messages[0]).toMatchObject({
      buttons: [
        { label: 'Yes, correct', payload: 'form:yes' },
        { label: 'No, change something', payload: 'form:no' },
      ],
    });
  });

  it('reads the message that led to the form before asking anything', async () => {
    const result = await run(contactForm, ['I am Ada, email ada@example.com, phone 13800138000']);
    expect(result.last.texts).toEqual(['What is your name?']);
    const done = await run(contactForm, [
      'my name is Ada; email ada@example.com; phone 13800138000',
    ]);
    expect(done.last.texts).toEqual([summary('Ada', 'ada@example.com', '13800138000')]);
  });

  it('explains an invalid answer, then asks again', async () => {
    const result = await run(contactForm, ['hi', 'Ada', 'not an address']);
    expect(result.last.texts).toEqual([
      "That doesn't look like an e-mail address. Please try again (e.g. name@example.com).",
      'Your e-mail?',
    ]);
  });

  it('finishes without confirming when confirm is off, writing variables only at the end', async () => {
    const data = { ...contactForm, confirm: false };
    const partial = await run(data, ['hi', 'Ada']);
    expect(partial.vars).not.toHaveProperty('name');
    const result = await run(data, ['hi', 'Ada', 'ada@example.com', '+33 6 12 34 56 78']);
    expect(result.last.texts).toEqual(['Saved']);
    expect(result.vars).toMatchObject({
      name: 'Ada',
      email: 'ada@example.com',
      phone: '+33612345678',
    });
  });

  it('offers Skip for an optional field and stores null for it', async () => {
    const data: NodeDataOf<'form'> = {
      confirm: false,
      fields: [
        { name: 'email', variable: 'email', type: 'email', prompt: 'Your e-mail?' },
        { name: 'phone', variable: 'phone', type: 'phone', prompt: 'Your phone?', required: false },
      ],
    };
    const result = await run(data, ['hi', 'a@b.com', { payload: 'form:skip', text: 'Skip' }]);
    expect(result.turns[2]?.messages[0]).toMatchObject({
      quickReplies: [{ label: 'Skip', payload: 'form:skip' }],
    });
    expect(result.last.texts).toEqual(['Saved']);
    expect(result.vars).toMatchObject({ email: 'a@b.com', phone: null });
  });

  it('matches choices by button, label or synonym, even inside a sentence', async () => {
    const data: NodeDataOf<'form'> = {
      confirm: false,
      fields: [
        {
          name: 'delivery',
          variable: 'delivery',
          type: 'choice',
          prompt: 'Delivery speed?',
          choices: [
            { id: 'std', label: 'Standard', value: 'standard', synonyms: ['normal'] },
            {
              id: 'exp',
              label: { en: 'Express', 'zh-CN': '加急' },
              value: 'express',
              synonyms: ['fast'],
            },
          ],
        },
        { name: 'date', variable: 'date', type: 'date', prompt: 'Which day?' },
      ],
    };
    const typed = await run(data, ['hi', 'the fast one on 2026-03-02 please']);
    expect(typed.last.texts).toEqual(['Saved']);
    expect(typed.vars).toMatchObject({ delivery: 'express', date: '2026-03-02' });
    const pressed = await run(data, ['hi', { payload: 'standard', text: 'Standard' }]);
    expect(pressed.turns[1]?.messages[0]).toMatchObject({
      quickReplies: [{ label: 'Standard' }, { label: 'Express' }],
    });
    expect(pressed.last.texts).toEqual(['Which day?']);
  });

  it('uses NLU entities for entity-like fields, and field names to tell numbers apart', async () => {
    const data: NodeDataOf<'form'> = {
      confirm: false,
      fields: [
        { name: 'adults', variable: 'adults', type: 'number', prompt: 'How many adults?' },
        { name: 'children', variable: 'children', type: 'number', prompt: 'How many children?' },
        { name: 'nights', variable: 'nights', type: 'number', prompt: 'How many nights?' },
      ],
    };
    const four: NluEntityMatch = { entity: 'number', value: 4, text: 'four', start: 4, end: 8 };
    const classify = (input: NluClassifyInput) => ({
      intent: null,
      confidence: 0,
      ranking: [],
      entities: input.text.includes('four') ? [four] : [],
    });
    const result = await run(data, ['hi', '2 adults and 3 children', 'for four nights'], {
      script: { nlu: { classify } },
    });
    expect(result.turns[2]?.texts).toEqual(['How many nights?']);
    expect(result.last.texts).toEqual(['Saved']);
    expect(result.vars).toMatchObject({ adults: 2, children: 3, nights: 4 });
  });
});

describe('form executor: corrections, confirmation and cancelling', () => {
  it('takes a correction while collecting and acknowledges it', async () => {
    const result = await run(contactForm, ['hi', 'Ada', 'a@b.com', 'change the email to z@y.com']);
    expect(result.last.texts).toEqual(['Updated: Email → z@y.com', 'Your phone?']);
  });

  it('takes a Chinese correction at the confirmation and confirms again', async () => {
    const options = { locales: ['zh-CN'] };
    const result = await run(
      contactForm,
      ['你好', '张三', 'a@b.com', '13800138000', '邮箱改成 new@x.com', '是的'],
      options,
    );
    expect(result.turns[5]?.texts).toEqual([
      '已更新：邮箱 → new@x.com',
      '请确认以下信息：\n• 姓名: 张三\n• 邮箱: new@x.com\n• 电话: 13800138000',
    ]);
    expect(result.last.texts).toEqual(['Saved']);
    expect(result.vars['email']).toBe('new@x.com');
  });

  it('asks which field to change after a no, then asks that field again', async () => {
    const result = await run(contactForm, [
      'hi',
      'Ada',
      'a@b.com',
      '+44 7700 900123',
      'no',
      { payload: 'form:field:phone', text: 'Phone' },
      '+44 7700 900999',
      'yes',
    ]);
    expect(result.turns[5]?.texts[0]).toMatch(/^Which one would you like to change\?/);
    expect(result.turns[5]?.messages[0]).toMatchObject({
      buttons: [{ label: 'Name' }, { label: 'Email' }, { label: 'Phone' }],
    });
    expect(result.turns[6]?.texts).toEqual(['Your phone?']);
    expect(result.turns[7]?.texts).toEqual([summary('Ada', 'a@b.com', '+447700900999')]);
    expect(result.vars['phone']).toBe('+447700900999');
  });

  it('accepts a new value typed instead of picking a field', async () => {
    const result = await run(contactForm, [
      'hi',
      'Ada',
      'a@b.com',
      '13800138000',
      'no',
      'email c@d.com',
    ]);
    expect(result.last.texts).toEqual([
      'Updated: Email → c@d.com',
      summary('Ada', 'c@d.com', '13800138000'),
    ]);
  });

  it('hints when a confirmation answer is neither yes nor no', async () => {
    const result = await run(contactForm, ['hi', 'Ada', 'a@b.com', '13800138000', 'hmm']);
    expect(result.last.texts[0]).toBe('Please answer yes or no, or tell me what to change.');
  });

  it.each([
    ['cancel', ['en']],
    ['stop please', ['en']],
    ['算了', ['zh-CN']],
  ])('cancels on %j at any point, leaving the variables alone', async (text, locales) => {
    const early = await run(contactForm, ['hi', 'Ada', text], { locales });
    expect(early.last.texts).toEqual(['Cancelled']);
    expect(early.vars).not.toHaveProperty('name');
    const atConfirmation = await run(contactForm, ['hi', 'Ada', 'a@b.com', '13800138000', text], {
      locales,
    });
    expect(atConfirmation.last.texts).toEqual(['Cancelled']);
  });

  it('does not cancel on a keyword inside a longer answer', async () => {
    const data: NodeDataOf<'form'> = {
      confirm: false,
      fields: [{ name: 'reason', variable: 'reason', prompt: 'Why?' }],
    };
    const result = await run(data, ['hi', 'I had to stop the subscription because of the price']);
    expect(result.last.texts).toEqual(['Saved']);
    expect(result.vars['reason']).toBe('I had to stop the subscription because of the price');
  });
});
