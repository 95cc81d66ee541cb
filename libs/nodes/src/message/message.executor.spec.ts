import { runFlow, tinyBot, type NodeDataOf } from '@parley/testing';

function say(data: NodeDataOf<'message'>, options: Parameters<typeof tinyBot>[1] = {}) {
  return tinyBot((b) => {
    b.chain(b.node('start'), b.node('message', data), b.done());
  }, options);
}

const orders = [
  { id: 'A-1', title: 'Running shoes' },
  { id: 'B-2', title: 'Rain jacket' },
];

describe('message executor', () => {
  it('renders the text template', async () => {
    const run = await runFlow(
      say({ text: 'Hello {{ vars.name }}, you have {{ $count(vars.orders) }} orders' }),
      [],
      {
        vars: { name: 'Ada', orders },
      },
    );
    expect(run.messages).toEqual([
      { type: 'text', text: 'Hello Ada, you have 2 orders', nodeId: 'message1', flowId: 'main' },
    ]);
  });

  it('picks the text variant of the conversation locale, else the default locale', async () => {
    const doc = say(
      { text: { en: 'Hello', 'zh-CN': '您好，{{ vars.name }}' } },
      { locales: ['en', 'zh-CN'] },
    );
    expect((await runFlow(doc, [], { locale: 'zh-CN', vars: { name: '小明' } })).texts).toEqual([
      '您好，小明',
    ]);
    expect((await runFlow(doc, [], { locale: 'en' })).texts).toEqual(['Hello']);
    expect((await runFlow(doc, [], { locale: 'fr' })).texts).toEqual(['Hello']);
  });

  it('attaches buttons, the payload defaulting to the label', async () => {
    const run = await runFlow(
      say({
        text: 'Pick one',
        buttons: [
          { id: 'yes', label: { en: 'Yes', 'zh-CN': '是' }, payload: 'YES' },
          { id: 'no', label: 'No' },
        ],
      }),
      [],
    );
    expect(run.messages[0]).toMatchObject({
      type: 'text',
      text: 'Pick one',
      buttons: [
        { label: 'Yes', payload: 'YES' },
        { label: 'No', payload: 'No' },
      ],
    });
  });

  it('sends quick replies when the style says so', async () => {
    const run = await runFlow(
      say({ text: 'Pick', buttons: [{ id: 'a', label: 'A' }], buttonStyle: 'quick-replies' }),
      [],
    );
    expect(run.messages[0]).toMatchObject({ quickReplies: [{ label: 'A', payload: 'A' }] });
    expect(run.messages[0]).not.toHaveProperty('buttons');
  });

  it('builds buttons from a list variable with $item bound, after the fixed ones', async () => {
    const doc = say({
      text: 'Which order?',
      buttons: [{ id: 'none', label: 'None of these', payload: 'none' }],
      buttonsFrom: { items: 'vars.orders', label: '$item.title', payload: '"order:" & $item.id' },
    });
    const run = await runFlow(doc, [], { vars: { orders } });
    expect(run.messages[0]).toMatchObject({
      buttons: [
        { label: 'None of these', payload: 'none' },
        { label: 'Running shoes', payload: 'order:A-1' },
        { label: 'Rain jacket', payload: 'order:B-2' },
      ],
    });
  });

  it('treats a single item as a one-item list and a missing list as empty', async () => {
    const doc = say({
      text: 'Orders',
      buttonsFrom: { items: 'vars.orders', label: '$item.title', payload: '$item.id' },
    });
    const one = await runFlow(doc, [], { vars: { orders: orders[0] ?? null } });
    expect(one.messages[0]).toMatchObject({
      buttons: [{ label: 'Running shoes', payload: 'A-1' }],
    });
    const none = await runFlow(doc, []);
    expect(none.messages).toEqual([
      { type: 'text', text: 'Orders', nodeId: 'message1', flowId: 'main' },
    ]);
  });

  it('sends images, then one card as a card', async () => {
    const run = await runFlow(
      say({
        text: 'Look',
        images: [
          { url: 'https://cdn.example.com/{{ vars.sku }}.png', alt: 'Product {{ vars.sku }}' },
        ],
        cards: [
          {
            id: 'c1',
            title: 'Shoes',
            subtitle: '{{ vars.price }} EUR',
            buttons: [{ id: 'buy', label: 'Buy', payload: 'buy' }],
          },
        ],
      }),
      [],
      { vars: { sku: 'X9', price: 59 } },
    );
    expect(run.messages.map((message) => message.type)).toEqual(['text', 'image', 'card']);
    expect(run.messages[1]).toMatchObject({
      url: 'https://cdn.example.com/X9.png',
      alt: 'Product X9',
    });
    expect(run.messages[2]).toMatchObject({
      card: { title: 'Shoes', subtitle: '59 EUR', buttons: [{ label: 'Buy', payload: 'buy' }] },
    });
  });

  it('sends several cards as a carousel', async () => {
    const run = await runFlow(
      say({
        cards: [
          { id: 'a', title: 'First', imageUrl: 'https://img/a.png' },
          { id: 'b', title: 'Second' },
        ],
      }),
      [],
    );
    expect(run.messages).toHaveLength(1);
    expect(run.messages[0]).toMatchObject({
      type: 'carousel',
      cards: [
        { title: 'First', imageUrl: 'https://img/a.png', buttons: [] },
        { title: 'Second', buttons: [] },
      ],
    });
    expect(run.texts).toEqual(['First | Second']);
  });

  it('says nothing and takes the error path when a template fails', async () => {
    const doc = tinyBot((b) => {
      const message = b.node('message', {
        text: 'Total {{ $number("abc") }}',
        images: [{ url: 'https://img/x.png' }],
      });
      b.chain(b.node('start'), message);
    });
    const run = await runFlow(doc, []);
    expect(run.texts).toEqual(["Sorry, I didn't get that."]);
    const step = run.trace.find((entry) => entry.type === 'step' && entry.kind === 'message');
    expect(step).toMatchObject({
      result: 'error',
      error: expect.stringMatching(/could not be built/),
    });
  });
});
