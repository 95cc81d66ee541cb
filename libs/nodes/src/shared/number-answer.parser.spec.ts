import fc from 'fast-check';
import { parseNumberAnswer } from './number-answer.parser';

describe('parseNumberAnswer', () => {
  it.each([
    ['42', 42],
    ['-3.5', -3.5],
    ['+7', 7],
    ['.5', 0.5],
    ['1,234.5', 1234.5],
    ['12,345,678', 12345678],
    ['１２３', 123],
    ['１，２３４．５', 1234.5],
    ['  8  ', 8],
    ['3 people', 3],
    ['要3个', 3],
    ['about 1,200 please', 1200],
    ["It's 42.", 42],
  ])('reads %j as %p', (text, expected) => {
    expect(parseNumberAnswer(text)).toBe(expected);
  });

  it.each(['', 'abc', 'twelve', '2 or 3', '1,23', '--1', '1.2.3', 'order 12a-3'])(
    'refuses %j',
    (text) => {
      expect(parseNumberAnswer(text)).toBeUndefined();
    },
  );

  it('reads back any finite number it prints', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
        (value) => {
          const text = value.toFixed(3);
          expect(parseNumberAnswer(text)).toBeCloseTo(Number(text), 6);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads grouped integers the way they are printed in en-US', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), (value) => {
        expect(parseNumberAnswer(value.toLocaleString('en-US'))).toBe(value);
      }),
      { numRuns: 200 },
    );
  });
});
