/**
 * The kinds of personal data this library finds, most specific first: when two
 * kinds claim overlapping text, the earlier kind in this list wins (an e-mail
 * address whose local part is a phone number is an e-mail; an 18-digit resident
 * ID that also passes Luhn is an ID, not a card).
 */
export const PERSONAL_DATA_KINDS = ['email', 'iban', 'cn-resident-id', 'card', 'phone'] as const;

/**
 * One kind of personal data: `email`, `phone` (international `+…` and Chinese
 * mobile), `card` (payment card, Luhn-valid), `iban` (mod-97-valid) or
 * `cn-resident-id` (18-character Chinese resident ID, checksum and birth date valid).
 */
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** One piece of personal data found in a text. */
export interface PersonalDataMatch {
  /** What was found. */
  kind: PersonalDataKind;
  /** UTF-16 offset of the first character (as `String.prototype.slice` counts). */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** The text as written, separators and full-width characters included: `text.slice(start, end)`. */
  value: string;
}

/** A candidate span from one detector, before overlaps between kinds are settled. */
export interface DetectedSpan {
  start: number;
  end: number;
}

/**
 * A detector reads the width-folded text (same length as the original, see
 * `foldWidth`) and returns spans of its kind; spans may overlap each other.
 */
export type Detector = (folded: string) => DetectedSpan[];
