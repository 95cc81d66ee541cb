import { messageText } from './message-text';

describe('messageText', () => {
  it('gives a text message its text', () => {
    expect(messageText({ type: 'text', text: 'Hello' })).toBe('Hello');
  });

  it('gives an image its alt, else its URL', () => {
    expect(messageText({ type: 'image', url: 'https://x.test/a.png', alt: 'A map' })).toBe('A map');
    expect(messageText({ type: 'image', url: 'https://x.test/a.png' })).toBe(
      'https://x.test/a.png',
    );
  });

  it("gives a card its title and a carousel its titles joined by ' | '", () => {
    expect(messageText({ type: 'card', card: { title: 'Order 42' } })).toBe('Order 42');
    expect(messageText({ type: 'carousel', cards: [{ title: 'Paris' }, { title: 'Rome' }] })).toBe(
      'Paris | Rome',
    );
  });

  it('marks hand-off and end messages in brackets', () => {
    expect(messageText({ type: 'handoff', queue: 'billing' })).toBe('[handoff billing]');
    expect(messageText({ type: 'end', status: 'resolved' })).toBe('[end resolved]');
  });
});
