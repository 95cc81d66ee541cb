import { messageDefinition } from './message.definition';
import { messageSettingsSchema } from './message.schema';

describe('message definition', () => {
  it('needs at least one of text, images, buttons, buttons from a list or cards', () => {
    const empty = messageSettingsSchema.safeParse({});
    expect(empty.error?.issues.map((issue) => issue.message)).toEqual([
      'A message needs text, an image, buttons or a card',
    ]);
    expect(
      messageSettingsSchema.safeParse({ images: [{ url: 'https://x.test/a.png' }] }).success,
    ).toBe(true);
    const buttonsFrom = { items: 'vars.orders', label: '$item.title', payload: '$item.id' };
    expect(messageSettingsSchema.safeParse({ buttonsFrom }).success).toBe(true);
  });

  it('defaults to buttons shown as buttons', () => {
    expect(messageSettingsSchema.parse({ text: 'Hi' })).toEqual({
      text: 'Hi',
      images: [],
      buttons: [],
      buttonStyle: 'buttons',
      cards: [],
    });
  });

  it('rejects repeated button and card ids', () => {
    const button = { id: 'yes', label: 'Yes' };
    expect(
      messageSettingsSchema.safeParse({ buttons: [button, button] }).error?.issues[0]?.path,
    ).toEqual(['buttons', 1, 'id']);
    const card = { id: 'c1', title: 'Card' };
    expect(messageSettingsSchema.safeParse({ cards: [card, card] }).success).toBe(false);
  });

  it('summarises text and attachments in the UI language', () => {
    const settings = messageSettingsSchema.parse({
      text: { en: 'Hello   {{ vars.name }}\nhow are you?', 'zh-CN': '您好 {{ vars.name }}' },
      buttons: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      cards: [
        { id: 'c1', title: 'One' },
        { id: 'c2', title: 'Two' },
      ],
    });
    expect(messageDefinition.summary(settings, 'en')).toBe(
      '"Hello {{ vars.name }} how are you?" + 2 buttons + carousel of 2',
    );
    expect(messageDefinition.summary(settings, 'zh')).toBe(
      '“您好 {{ vars.name }}” + 2 个按钮 + 2 张卡片轮播',
    );
  });

  it('cuts long text for the canvas', () => {
    const summary = messageDefinition.summary(
      messageSettingsSchema.parse({ text: 'x'.repeat(200) }),
      'en',
    );
    expect(summary.length).toBeLessThan(60);
    expect(summary).toContain('…');
  });
});
