import { describe, expect, it } from 'vitest';
import { parseContent, parseMessage } from './chat-message';

describe('parseContent', () => {
  it('reads every kind the engine says', () => {
    expect(
      parseContent({ type: 'text', text: 'Hi', quickReplies: [{ label: 'Yes', payload: 'y' }] }),
    ).toEqual({ type: 'text', text: 'Hi', quickReplies: [{ label: 'Yes', payload: 'y' }] });
    expect(parseContent({ type: 'image', url: 'https://a.test/x.png', alt: 'x' })).toEqual({
      type: 'image',
      url: 'https://a.test/x.png',
      alt: 'x',
    });
    expect(
      parseContent({ type: 'carousel', cards: [{ title: 'A' }, { title: 'B', buttons: [] }] }),
    ).toEqual({
      type: 'carousel',
      cards: [
        { title: 'A', buttons: [] },
        { title: 'B', buttons: [] },
      ],
    });
    expect(parseContent({ type: 'handoff', queue: 'orders' })).toEqual({
      type: 'handoff',
      queue: 'orders',
    });
  });

  it('keeps only the text of unknown or malformed content', () => {
    expect(parseContent({ type: 'video', text: 'A video' })).toEqual({
      type: 'unknown',
      text: 'A video',
    });
    expect(parseContent({ type: 'text', text: 42 })).toEqual({ type: 'unknown' });
    expect(parseContent('<b>hi</b>')).toEqual({ type: 'unknown' });
    expect(parseContent({ type: 'text', text: 'x', buttons: [{ label: 1 }, null, 'b'] })).toEqual({
      type: 'text',
      text: 'x',
      buttons: [],
    });
  });

  it('defaults a button payload to its label', () => {
    expect(parseContent({ type: 'text', text: 'x', buttons: [{ label: 'Go' }] })).toEqual({
      type: 'text',
      text: 'x',
      buttons: [{ label: 'Go', payload: 'Go' }],
    });
  });
});

describe('parseMessage', () => {
  it('needs an id and a seq', () => {
    expect(parseMessage({ seq: 1, content: {} })).toBeNull();
    expect(
      parseMessage({ id: 'a', seq: 2, direction: 'in', content: { type: 'text', text: 'x' } }),
    ).toMatchObject({ id: 'a', seq: 2, direction: 'in', author: 'bot' });
  });
});
