import { found } from '../testing/found';

describe('phone detection', () => {
  it.each([
    ['我的手机号是13812345678', '13812345678'],
    ['手机：138 1234 5678。', '138 1234 5678'],
    ['电话 199-8765-4321 有事找我', '199-8765-4321'],
    ['call +86 138 1234 5678 today', '+86 138 1234 5678'],
    ['+8613812345678', '+8613812345678'],
    ['拨打0086 15912345678', '0086 15912345678'],
    ['拨打008615912345678', '008615912345678'],
    ['全角：１３８１２３４５６７８', '１３８１２３４５６７８'],
    ['Call me on +44 20 7946 0958.', '+44 20 7946 0958'],
    ['US office +1 (415) 555-2671, ext. 4', '+1 (415) 555-2671'],
    ['Berlin +49.30.1234567', '+49.30.1234567'],
    ['(+33 1 23 45 67 89)', '+33 1 23 45 67 89'],
    ['+(86) 10 1234 5678', '+(86) 10 1234 5678'],
  ])('finds the number in %j', (text, phone) => {
    expect(found(text)).toEqual([['phone', phone]]);
  });

  it.each([
    ['an order number', '订单号 AB13812345678'],
    ['a longer digit run', 'ref 138123456789'],
    ['too short a mobile', '1381234567'],
    ['a mobile with a wrong second digit', '12812345678'],
    ['a mobile followed by letters', '13812345678abc'],
    ['a date', 'on 2024-01-15 at 10:30'],
    ['a dotted date', '2024.01.15'],
    ['an order code', 'order AB123456 shipped'],
    ['a plain 8-digit number', 'code 12345678'],
    ['too few digits after +', 'dial +12 345 67'],
    ['too many digits after +', '+1234567890123456'],
    ['a sum', '5+12345678'],
    ['a plus sign alone', 'a + 12345678 b'],
    ['mixed separators in a mobile', '138 1234-5678'],
  ])('finds nothing in %s', (_label, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stops an international number before a group that would exceed 15 digits', () => {
    expect(found('+86 13812345678 2024 年')).toEqual([['phone', '+86 13812345678']]);
  });

  it('takes digits after + for a phone number even when they pass Luhn', () => {
    // 8613812345678 happens to pass the Luhn check.
    expect(found('+8613812345678')).toEqual([['phone', '+8613812345678']]);
    expect(found('8613812345678')).toEqual([['card', '8613812345678']]);
  });

  it('finds several numbers in one message', () => {
    expect(found('13812345678 或 13987654321，或 +852 9123 4567')).toEqual([
      ['phone', '13812345678'],
      ['phone', '13987654321'],
      ['phone', '+852 9123 4567'],
    ]);
  });
});
