import { normalizeAnswerText } from './answer-text';

const international = /^\+(\d{7,15})$/;
const internationalByZeros = /^00(\d{7,15})$/;
/** Mainland China mobile numbers: 11 digits, 1 then 3–9, optionally after the 86 country code. */
const chineseMobile = /^(?:86)?(1[3-9]\d{9})$/;

/**
 * Reads a phone number: international (`+44 20 7946 0958`, `0044…`) stored as
 * E.164 (`+442079460958`), or a mainland Chinese mobile (`138 0013 8000`) stored as
 * its 11 digits. Spaces, dashes, dots and brackets are ignored; other national
 * formats are refused because they cannot be dialled without a country.
 */
export function parsePhoneAnswer(text: string): string | undefined {
  const compact = normalizeAnswerText(text).replace(/[\s\-.()]/g, '');
  const plus = international.exec(compact) ?? internationalByZeros.exec(compact);
  if (plus?.[1] !== undefined) return `+${plus[1]}`;
  return chineseMobile.exec(compact)?.[1];
}
