/** ISO 7064 MOD 11-2 weights of the first 17 digits: 2^(17 - i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Check character for each weighted sum modulo 11. */
const CHECK_CHARS = '10X98765432';
/**
 * Leading two digits in use: provinces and municipalities (11–65), Taiwan (71),
 * Hong Kong, Macau and Taiwan residence permits (81–83), and the permanent residence
 * cards of foreigners issued since 2023, which start with 9.
 */
const REGION_PREFIX = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3]|9[1-9])/;
const EARLIEST_BIRTH_YEAR = 1900;

/**
 * The check character (`0`–`9` or `X`) for the first 17 digits of a Chinese
 * resident ID.
 *
 * @example cnResidentIdCheckChar('11010519491231002') // 'X'
 */
export function cnResidentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('cnResidentIdCheckChar expects 17 ASCII digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/**
 * True for an 18-character Chinese resident ID (`x` accepted for `X`) whose region
 * prefix is in use, whose birth date (characters 7–14, `YYYYMMDD`) exists and lies
 * between 1900 and `today`, and whose check character is right.
 *
 * @example isValidCnResidentId('11010519491231002X') // true
 */
export function isValidCnResidentId(id: string, today: Date = new Date()): boolean {
  if (!/^\d{17}[\dXx]$/.test(id) || !REGION_PREFIX.test(id)) return false;
  if (!isPlausibleBirthDate(id.slice(6, 14), today)) return false;
  return cnResidentIdCheckChar(id.slice(0, 17)) === id.charAt(17).toUpperCase();
}

function isPlausibleBirthDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < EARLIEST_BIRTH_YEAR || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March: a changed month means no such day.
  return date.getUTCMonth() === month - 1 && date.getTime() <= today.getTime();
}
