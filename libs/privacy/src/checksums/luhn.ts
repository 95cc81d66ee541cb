/**
 * True when `digits` (ASCII digits only, nothing else) passes the Luhn check that
 * every payment card number carries in its last digit.
 *
 * @example isLuhnValid('4111111111111111') // true
 */
export function isLuhnValid(digits: string): boolean {
  if (digits.length === 0 || !/^\d+$/.test(digits)) return false;
  return luhnSum(digits, false) % 10 === 0;
}

/**
 * The check digit that makes `payload` followed by it Luhn-valid.
 *
 * @example luhnCheckDigit('411111111111111') // '1'
 */
export function luhnCheckDigit(payload: string): string {
  if (!/^\d*$/.test(payload)) throw new Error('luhnCheckDigit expects ASCII digits only');
  return String((10 - (luhnSum(payload, true) % 10)) % 10);
}

/** Sum of the digits, every second one from the right doubled (from the last one when `doubleLast`). */
function luhnSum(digits: string, doubleLast: boolean): number {
  let sum = 0;
  let double = doubleLast;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum;
}
