/**
 * True when `iban` (compact: no spaces, letters in either case) passes the ISO 13616
 * mod-97 check: country code, then two check digits, then the account part (BBAN).
 * Check digits `00`, `01` and `99` are never issued, so they never pass.
 *
 * @example isIbanChecksumValid('GB82WEST12345698765432') // true
 */
export function isIbanChecksumValid(iban: string): boolean {
  if (!/^[A-Za-z]{2}\d{2}[A-Za-z0-9]+$/.test(iban)) return false;
  const check = iban.slice(2, 4);
  if (check === '00' || check === '01' || check === '99') return false;
  return mod97(`${iban.slice(4)}${iban.slice(0, 4)}`) === 1;
}

/**
 * The two check digits for `country` (two letters) and `bban` (letters and digits).
 *
 * @example ibanCheckDigits('GB', 'WEST12345698765432') // '82'
 */
export function ibanCheckDigits(country: string, bban: string): string {
  if (!/^[A-Za-z]{2}$/.test(country) || !/^[A-Za-z0-9]*$/.test(bban)) {
    throw new Error('ibanCheckDigits expects a two-letter country and an alphanumeric BBAN');
  }
  return String(98 - mod97(`${bban}${country}00`)).padStart(2, '0');
}

/** `value` read as a number (A = 10 … Z = 35), modulo 97, one character at a time. */
function mod97(value: string): number {
  let remainder = 0;
  for (const ch of value.toUpperCase()) {
    const code = ch.charCodeAt(0);
    remainder =
      code <= 57 ? (remainder * 10 + (code - 48)) % 97 : (remainder * 100 + (code - 55)) % 97;
  }
  return remainder;
}
