import { isIbanChecksumValid } from '../checksums/iban-mod97';
import type { DetectedSpan } from '../personal-data.types';
import { isAsciiAlphanumeric, isTokenBoundary } from '../text/char-classes';
import { ibanLengths } from './iban-countries';

/** Where an IBAN can start: two letters and two digits at the start of a token. */
const IBAN_HEAD = /(?<![0-9A-Za-z])[A-Za-z]{2}\d{2}/g;
const GROUP_SIZE = 4;

/**
 * IBANs: a country that issues them, two check digits and the account part, exactly
 * as long as that country's IBANs, written compact (`GB82WEST12345698765432`) or in
 * groups of four separated by single spaces (`GB82 WEST 1234 5698 7654 32`), in
 * either case, passing the mod-97 check, and not followed by more letters or digits.
 */
export function detectIbans(text: string): DetectedSpan[] {
  const spans: DetectedSpan[] = [];
  for (const head of text.matchAll(IBAN_HEAD)) {
    const start = head.index;
    for (const length of ibanLengths(head[0].slice(0, 2).toUpperCase())) {
      const end = compactEnd(text, start, length) ?? groupedEnd(text, start, length);
      if (end !== undefined) {
        spans.push({ start, end });
        break;
      }
    }
  }
  return spans;
}

function compactEnd(text: string, start: number, length: number): number | undefined {
  const end = start + length;
  if (end > text.length || !isTokenBoundary(text, end)) return undefined;
  const candidate = text.slice(start, end);
  return isIbanChecksumValid(candidate) ? end : undefined;
}

/** End of `length` characters in groups of four after `start`, one space between groups. */
function groupedEnd(text: string, start: number, length: number): number | undefined {
  let compact = '';
  let i = start;
  while (compact.length < length) {
    if (compact.length > 0 && compact.length % GROUP_SIZE === 0) {
      if (text.charCodeAt(i) !== 32) return undefined;
      i += 1;
    }
    if (i >= text.length || !isAsciiAlphanumeric(text.charCodeAt(i))) return undefined;
    compact += text.charAt(i);
    i += 1;
  }
  if (!isTokenBoundary(text, i) || !isIbanChecksumValid(compact)) return undefined;
  return i;
}
