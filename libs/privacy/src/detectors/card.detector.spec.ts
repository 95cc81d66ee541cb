import { found } from '../testing/found';
import { detectCards } from './card.detector';

describe('card detection', () => {
  it.each([
    ['卡号 4111 1111 1111 1111', '4111 1111 1111 1111'],
    ['card: 4111111111111111.', '4111111111111111'],
    ['MC 5500-0000-0000-0004 exp 12/27', '5500-0000-0000-0004'],
    ['Amex 3782 822463 10005', '3782 822463 10005'],
    ['Diners 3056 9309 0259 04', '3056 9309 0259 04'],
    ['old Visa 4222 2222 2222 2', '4222 2222 2222 2'],
    ['银联卡 6222 0212 3456 7890 128', '6222 0212 3456 7890 128'],
    ['银联卡6222021234567890128谢谢', '6222021234567890128'],
    ['全角 ４１１１ １１１１ １１１１ １１１１', '４１１１ １１１１ １１１１ １１１１'],
  ])('finds the card in %j', (text, card) => {
    expect(found(text)).toEqual([['card', card]]);
  });

  it.each([
    ['a failing Luhn check', '4111 1111 1111 1112'],
    ['12 digits', '4111 1111 1113'],
    ['20 digits', '41111111111111111118'],
    ['a card inside a longer digit run', '041111111111111111'],
    ['a card glued to letters', 'tok4111111111111111'],
    ['mixed separators', '4111 1111-1111 1111'],
    ['groups of one digit', '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1'],
    ['double spaces', '4111  1111  1111  1111'],
  ])('finds nothing with %s', (_label, text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds a card among other digit groups', () => {
    expect(found('order 123 4111 1111 1111 1111 x')).toEqual([['card', '4111 1111 1111 1111']]);
  });

  it('finds two cards written one after the other', () => {
    expect(found('4111 1111 1111 1111 5500 0000 0000 0004')).toEqual([
      ['card', '4111 1111 1111 1111'],
      ['card', '5500 0000 0000 0004'],
    ]);
  });

  it('prefers the windows that cover the most digits over the leftmost one', () => {
    // "105 4111 1111 1111" passes Luhn too, but taking it would leave "1111" of the card behind.
    expect(found('ref 105 4111 1111 1111 1111')).toEqual([['card', '4111 1111 1111 1111']]);
  });

  it('stays linear on long digit runs and long runs of groups', () => {
    const started = Date.now();
    expect(detectCards('1'.repeat(1_000_000))).toEqual([]);
    expect(detectCards('1 '.repeat(500_000))).toEqual([]);
    expect(detectCards(`${'4111 '.repeat(200_000)}x`)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
