import { parseRating, ratingButtons } from './rating-answer.parser';

describe('parseRating', () => {
  it.each([
    ['4', 4],
    ['４', 4],
    ['5 stars', 5],
    ['★★★', 3],
    ['四星', 4],
    ['1', 1],
  ])('reads stars from %j', (text, expected) => {
    expect(parseRating('stars', { text })).toBe(expected);
  });

  it.each(['0', '6', '4.5', 'great', ''])('refuses %j as stars', (text) => {
    expect(parseRating('stars', { text })).toBeUndefined();
  });

  it('reads NPS 0–10', () => {
    expect(parseRating('nps', { text: '0' })).toBe(0);
    expect(parseRating('nps', { text: '十' })).toBe(10);
    expect(parseRating('nps', { payload: '9', text: '9' })).toBe(9);
    expect(parseRating('nps', { text: '11' })).toBeUndefined();
  });

  it('reads thumbs in English and Chinese', () => {
    expect(parseRating('thumbs', { payload: 'up' })).toBe('up');
    expect(parseRating('thumbs', { text: '👍' })).toBe('up');
    expect(parseRating('thumbs', { text: '满意' })).toBe('up');
    expect(parseRating('thumbs', { text: 'No.' })).toBe('down');
    expect(parseRating('thumbs', { text: '不满意' })).toBe('down');
    expect(parseRating('thumbs', { text: 'meh' })).toBeUndefined();
  });

  it('reads back the payload of every button it offers', () => {
    for (const scale of ['stars', 'nps', 'thumbs'] as const) {
      const buttons = ratingButtons(scale, 'zh-CN');
      expect(buttons.length).toBe({ stars: 5, nps: 11, thumbs: 2 }[scale]);
      for (const button of buttons) {
        expect(parseRating(scale, { payload: button.payload, text: button.label })).toBeDefined();
      }
    }
  });
});
