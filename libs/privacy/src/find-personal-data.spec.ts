import { findPersonalData } from './find-personal-data';

describe('findPersonalData', () => {
  const message =
    '您好，我叫李雷，手机 138 1234 5678，邮箱 li.lei@example.cn，' +
    'card 4111-1111-1111-1111, IBAN DE89 3704 0044 0532 0130 00, 身份证 11010519491231002X。';

  it('finds every kind in a mixed message, sorted by position, with offsets into the text', () => {
    const matches = findPersonalData(message);
    expect(matches.map((m) => m.kind)).toEqual([
      'phone',
      'email',
      'card',
      'iban',
      'cn-resident-id',
    ]);
    for (const match of matches) expect(message.slice(match.start, match.end)).toBe(match.value);
    expect(matches.map((m) => m.value)).toEqual([
      '138 1234 5678',
      'li.lei@example.cn',
      '4111-1111-1111-1111',
      'DE89 3704 0044 0532 0130 00',
      '11010519491231002X',
    ]);
  });

  it('reports only the kinds asked for', () => {
    expect(findPersonalData(message, { kinds: ['email', 'iban'] }).map((m) => m.kind)).toEqual([
      'email',
      'iban',
    ]);
    expect(findPersonalData(message, { kinds: [] })).toEqual([]);
  });

  it('keeps the classification when filtering: a card is not reported as a phone', () => {
    // 8613812345678 passes Luhn; without "+", it is a card number, and never a phone.
    expect(findPersonalData('no. 8613812345678', { kinds: ['phone'] })).toEqual([]);
    expect(findPersonalData('no. 8613812345678', { kinds: ['card'] })).toEqual([
      { kind: 'card', start: 4, end: 17, value: '8613812345678' },
    ]);
  });

  it('prefers the e-mail when an address contains a phone number', () => {
    expect(findPersonalData('13812345678@163.com')).toEqual([
      { kind: 'email', start: 0, end: 19, value: '13812345678@163.com' },
    ]);
  });

  it('prefers the card over an international phone number written over the same digits', () => {
    // "+(4222 2222 2222 2" reads as a 13-digit phone too; the Luhn-valid card wins.
    const text = 'pay +(4222 2222 2222 2)';
    expect(findPersonalData(text).map((m) => [m.kind, m.value])).toEqual([
      ['card', '4222 2222 2222 2'],
    ]);
  });

  it('returns the original characters of full-width input', () => {
    const text = '电话：＋８６ １３８ １２３４ ５６７８';
    expect(findPersonalData(text)).toEqual([
      { kind: 'phone', start: 3, end: text.length, value: '＋８６ １３８ １２３４ ５６７８' },
    ]);
  });

  it('finds nothing in ordinary text', () => {
    expect(
      findPersonalData(
        'Order AB123456 shipped on 2024-01-15, total ¥1,299.00, 3 items, 订单号 20240115001',
      ),
    ).toEqual([]);
    expect(findPersonalData('')).toEqual([]);
  });

  it.each([
    ['a million digits', '7'.repeat(1_000_000)],
    ['a@ repeated', 'a@'.repeat(500_000)],
    ['+1 repeated', '+1 '.repeat(350_000)],
    ['digit groups', '1234 '.repeat(200_000)],
    ['IBAN-like tokens', 'GB82 WEST '.repeat(100_000)],
    ['dots and dashes', '1.-'.repeat(350_000)],
    ['full-width digits', '８'.repeat(1_000_000)],
  ])('reads %s (1 MB) in well under a second', (_label, text) => {
    const started = performance.now();
    findPersonalData(text);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
