import { cnResidentIdCheckChar, isValidCnResidentId } from './cn-resident-id.checksum';
import { ibanCheckDigits, isIbanChecksumValid } from './iban-mod97';
import { isLuhnValid, luhnCheckDigit } from './luhn';

describe('Luhn', () => {
  it.each(['4111111111111111', '5500000000000004', '378282246310005', '6011111111111117', '0'])(
    'accepts %s',
    (digits) => expect(isLuhnValid(digits)).toBe(true),
  );

  it.each(['4111111111111112', '5500000000000005', '', '4111 1111', 'abc'])(
    'rejects %j',
    (digits) => expect(isLuhnValid(digits)).toBe(false),
  );

  it('computes the digit that completes a number', () => {
    expect(luhnCheckDigit('411111111111111')).toBe('1');
    expect(luhnCheckDigit('37828224631000')).toBe('5');
    expect(() => luhnCheckDigit('41x')).toThrow('ASCII digits');
  });
});

describe('IBAN mod-97', () => {
  it.each(['GB82WEST12345698765432', 'DE89370400440532013000', 'gb82west12345698765432'])(
    'accepts %s',
    (iban) => expect(isIbanChecksumValid(iban)).toBe(true),
  );

  it.each([
    'GB83WEST12345698765432',
    'GB82WEST12345698765433',
    'GB82 WEST 1234',
    '82GBWEST',
    'GB00X',
  ])('rejects %j', (iban) => expect(isIbanChecksumValid(iban)).toBe(false));

  it('computes check digits, padded to two', () => {
    expect(ibanCheckDigits('GB', 'WEST12345698765432')).toBe('82');
    expect(ibanCheckDigits('NO', '86011117947')).toBe('93');
    expect(ibanCheckDigits('DE', '370400440532013000')).toBe('89');
    expect(() => ibanCheckDigits('G1', 'X')).toThrow('two-letter');
  });
});

describe('Chinese resident ID', () => {
  const today = new Date('2025-06-01T00:00:00Z');

  it('computes the MOD 11-2 check character, X for 10', () => {
    expect(cnResidentIdCheckChar('11010519491231002')).toBe('X');
    expect(cnResidentIdCheckChar('44030519900307123')).toBe('6');
    expect(() => cnResidentIdCheckChar('1101051949123100')).toThrow('17 ASCII digits');
  });

  it.each(['11010519491231002X', '11010519491231002x', '440305199003071236', '510107200002293211'])(
    'accepts %s',
    (id) => expect(isValidCnResidentId(id, today)).toBe(true),
  );

  it.each([
    ['a wrong check character', '11010519491231002Y'],
    ['a wrong check digit', '440305199003071235'],
    [
      'a missing day (29 February 1999)',
      `${'51010719990229321'}${cnResidentIdCheckChar('51010719990229321')}`,
    ],
    ['month 13', `${'44030519901307123'}${cnResidentIdCheckChar('44030519901307123')}`],
    ['day 00', `${'44030519900300123'}${cnResidentIdCheckChar('44030519900300123')}`],
    ['a date after today', `${'44030520250602123'}${cnResidentIdCheckChar('44030520250602123')}`],
    [
      'region 10, not in use',
      `${'10030519900307123'}${cnResidentIdCheckChar('10030519900307123')}`,
    ],
    ['17 characters', '44030519900307123'],
  ])('rejects %s', (_label, id) => expect(isValidCnResidentId(id, today)).toBe(false));

  it('accepts a birth date of today and the permanent residence cards of foreigners (9…)', () => {
    const born = `${'44030520250601123'}${cnResidentIdCheckChar('44030520250601123')}`;
    expect(isValidCnResidentId(born, today)).toBe(true);
    const foreigner = `${'93030519900307123'}${cnResidentIdCheckChar('93030519900307123')}`;
    expect(isValidCnResidentId(foreigner, today)).toBe(true);
  });
});
