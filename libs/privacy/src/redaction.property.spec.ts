import fc from 'fast-check';
import { findPersonalData } from './find-personal-data';
import type { PersonalDataKind } from './personal-data.types';
import { redactText, redactionToken } from './redact-text';
import {
  cardArbitrary,
  cnResidentIdArbitrary,
  embedded,
  ibanArbitrary,
  withOneDigitChanged,
  type Written,
} from './testing/personal-data.arbitraries';

const runs = { numRuns: 200 };
const generated: [PersonalDataKind, fc.Arbitrary<Written>][] = [
  ['card', cardArbitrary],
  ['iban', ibanArbitrary],
  ['cn-resident-id', cnResidentIdArbitrary],
];

describe.each(generated)('generated %s values', (kind, arbitrary) => {
  it('are always found, whole, as their kind, wherever they sit', () => {
    fc.assert(
      fc.property(embedded(arbitrary), ({ text, start, end }) => {
        const covering = findPersonalData(text).filter((m) => m.start <= start && m.end >= end);
        expect(covering.map((m) => m.kind)).toEqual([kind]);
      }),
      runs,
    );
  });

  it('are always redacted: the output holds no trace of the value, and the token', () => {
    fc.assert(
      fc.property(embedded(arbitrary), ({ text, value }) => {
        const redacted = redactText(text);
        expect(redacted).not.toContain(value.text);
        expect(redacted).toContain(redactionToken(kind));
        expect(redactText(redacted)).toBe(redacted);
      }),
      runs,
    );
  });

  it('are never reported as their kind with one digit changed', () => {
    fc.assert(
      fc.property(
        embedded(arbitrary),
        fc.nat(),
        fc.nat(),
        ({ text, value, start, end }, pick, shift) => {
          const nearMiss = withOneDigitChanged(value, pick, shift);
          expect(nearMiss).not.toBe(value.text);
          const changed = `${text.slice(0, start)}${nearMiss}${text.slice(end)}`;
          const covering = findPersonalData(changed, { kinds: [kind] }).filter(
            (m) => m.start <= start && m.end >= end,
          );
          expect(covering).toEqual([]);
        },
      ),
      runs,
    );
  });
});

describe('any text', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: fc.constantFrom(...'0123456789 -+.()@xX'), maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    // Values glued to each other and to random text, to stress boundaries and overlaps.
    fc
      .array(
        fc.oneof(
          fc.string({ maxLength: 6 }),
          fc.constantFrom(
            ' ',
            '+',
            '@',
            '.',
            '-',
            '(',
            '86',
            '0086',
            'x@y.cn',
            '13812345678',
            '138 1234 5678',
            '+44 20 7946 0958',
            '１３８１２３４５６７８',
            'GB82',
            '1111',
          ),
          cardArbitrary.map((v) => v.text),
          ibanArbitrary.map((v) => v.text),
          cnResidentIdArbitrary.map((v) => v.text),
        ),
        { maxLength: 8 },
      )
      .map((parts) => parts.join('')),
  );

  it('gives sorted, non-overlapping matches whose value is the text they cover', () => {
    fc.assert(
      fc.property(text, (t) => {
        let previousEnd = 0;
        for (const match of findPersonalData(t)) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(t.slice(match.start, match.end)).toBe(match.value);
          previousEnd = match.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is redacted idempotently', () => {
    fc.assert(
      fc.property(text, (t) => {
        const once = redactText(t);
        expect(redactText(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
