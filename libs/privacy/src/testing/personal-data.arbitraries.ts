import fc from 'fast-check';
import { cnResidentIdCheckChar, isValidCnResidentId } from '../checksums/cn-resident-id.checksum';
import { ibanCheckDigits } from '../checksums/iban-mod97';
import { luhnCheckDigit } from '../checksums/luhn';
import { IBAN_LENGTHS } from '../detectors/iban-countries';

/** A generated value: as written in the text, and the positions of its digits there. */
export interface Written {
  text: string;
  digitPositions: number[];
}

const digitString = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** Card numbers of 13–19 digits ending in their Luhn digit, ungrouped or in groups of 3–8. */
export const cardArbitrary: fc.Arbitrary<Written> = fc
  .record({
    payload: fc.integer({ min: 12, max: 18 }).chain((n) => digitString(n, n)),
    separator: fc.constantFrom('', ' ', '-'),
    sizes: fc.array(fc.integer({ min: 3, max: 8 }), { minLength: 1, maxLength: 6 }),
  })
  .map(({ payload, separator, sizes }) =>
    group(`${payload}${luhnCheckDigit(payload)}`, separator, sizes),
  )
  // An 18-digit number can also be a valid resident ID, which wins: not a card then.
  .filter((card) => !isValidCnResidentId(card.text));

/** IBANs of any country in the registry, compact or grouped by four, upper or lower case. */
export const ibanArbitrary: fc.Arbitrary<Written> = fc
  .constantFrom(...Object.entries(IBAN_LENGTHS))
  .chain(([country, lengths]) =>
    fc.record({
      country: fc.constant(country),
      bban: fc.constantFrom(...lengths).chain((n) =>
        fc.string({
          unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
          minLength: n - 4,
          maxLength: n - 4,
        }),
      ),
      grouped: fc.boolean(),
      lower: fc.boolean(),
    }),
  )
  .map(({ country, bban, grouped, lower }) => {
    const compact = `${country}${ibanCheckDigits(country, bban)}${bban}`;
    const cased = lower ? compact.toLowerCase() : compact;
    return group(cased, grouped ? ' ' : '', [4]);
  });

/** Leading two digits of provinces and municipalities. */
const provinces =
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(
    ' ',
  );

/** Chinese resident IDs: a region, a real birth date 1900–2020, a sequence number, the check character. */
export const cnResidentIdArbitrary: fc.Arbitrary<Written> = fc
  .record({
    province: fc.constantFrom(...provinces),
    area: digitString(4, 4),
    birth: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2020-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    sequence: digitString(3, 3),
    lowerX: fc.boolean(),
  })
  .map(({ province, area, birth, sequence, lowerX }) => {
    const first17 = `${province}${area}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${sequence}`;
    const check = cnResidentIdCheckChar(first17);
    return group(`${first17}${lowerX ? check.toLowerCase() : check}`, '', [18]);
  });

/** Words around a value, English and Chinese, some of them punctuation that detectors look at. */
const words = fc.constantFrom(
  'my',
  'card',
  'number',
  'is',
  'please',
  'call',
  'IBAN',
  'ID',
  'x@',
  '+',
  '-',
  '.',
  '(',
  ')',
  '我的',
  '卡号',
  '身份证',
  '手机号',
  '谢谢',
  '订单',
  '，',
  '。',
  'AB',
);
const sentence = fc.array(words, { maxLength: 6 }).map((ws) => ws.join(' '));
/** What separates a value from the words around it: never a letter or digit. */
const gap = fc.constantFrom(' ', '：', '，', '\n', ': ', '(', ')', '。', '"');

/** `value` between random words; `start` is where it begins in `text`. */
export function embedded(value: fc.Arbitrary<Written>) {
  return fc
    .record({ value, before: sentence, after: sentence, left: gap, right: gap })
    .map(({ value: v, before, after, left, right }) => {
      const prefix = `${before}${left}`;
      return {
        text: `${prefix}${v.text}${right}${after}`,
        value: v,
        start: prefix.length,
        end: prefix.length + v.text.length,
      };
    });
}

/** `written` with the digit at one of its digit positions replaced by another digit. */
export function withOneDigitChanged(written: Written, pick: number, shift: number): string {
  const at = written.digitPositions[pick % written.digitPositions.length] ?? 0;
  const old = written.text.charCodeAt(at) - 48;
  const replacement = String((old + 1 + (shift % 9)) % 10);
  return `${written.text.slice(0, at)}${replacement}${written.text.slice(at + 1)}`;
}

/** `chars` in groups of `sizes` (repeated as needed), joined by `separator`. */
function group(chars: string, separator: string, sizes: number[]): Written {
  const parts: string[] = [];
  for (let at = 0, i = 0; at < chars.length; i += 1) {
    const size = separator === '' ? chars.length : (sizes[i % sizes.length] ?? 4);
    parts.push(chars.slice(at, at + size));
    at += size;
  }
  const text = parts.join(separator);
  const digitPositions = [...text].flatMap((ch, i) => (/\d/.test(ch) ? [i] : []));
  return { text, digitPositions };
}
