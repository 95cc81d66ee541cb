import { detectCards } from './detectors/card.detector';
import { detectCnResidentIds } from './detectors/cn-resident-id.detector';
import { detectEmails } from './detectors/email.detector';
import { detectIbans } from './detectors/iban.detector';
import { detectPhones } from './detectors/phone.detector';
import {
  PERSONAL_DATA_KINDS,
  type DetectedSpan,
  type Detector,
  type PersonalDataKind,
  type PersonalDataMatch,
} from './personal-data.types';
import { foldWidth } from './text/fold-width';

/** Options of {@link findPersonalData}. */
export interface FindPersonalDataOptions {
  /** Kinds to report; all of them when absent. */
  kinds?: readonly PersonalDataKind[];
}

const detectors: Record<PersonalDataKind, Detector> = {
  email: detectEmails,
  iban: detectIbans,
  'cn-resident-id': detectCnResidentIds,
  card: detectCards,
  phone: detectPhones,
};

/**
 * Finds e-mail addresses, phone numbers, payment cards, IBANs and Chinese resident
 * IDs in `text`. Matches never overlap and come sorted by `start`; where two kinds
 * claim the same characters, the more specific kind wins (order of
 * {@link PERSONAL_DATA_KINDS}: e-mail, IBAN, resident ID, card, phone).
 *
 * `kinds` filters what is reported, not how text is classified: with
 * `{ kinds: ['phone'] }`, a card number is still a card, so it is not reported.
 * Full-width characters (`１３８…`, `＠`) are read as their ASCII forms; `value`
 * is always the original text.
 *
 * @example
 * findPersonalData('我的手机号是13812345678');
 * // [{ kind: 'phone', start: 6, end: 17, value: '13812345678' }]
 */
export function findPersonalData(
  text: string,
  options: FindPersonalDataOptions = {},
): PersonalDataMatch[] {
  const wanted = new Set<PersonalDataKind>(options.kinds ?? PERSONAL_DATA_KINDS);
  if (wanted.size === 0 || text.length === 0) return [];
  // Each kind reads the text with the spans of the kinds before it masked out, as
  // they will be once redacted: a match then ends a token for the kinds after it
  // (`x@y.cn110101…` holds an ID), and redacting twice finds nothing new.
  let view = foldWidth(text);
  const claimed = new Uint8Array(text.length);
  const matches: PersonalDataMatch[] = [];
  let remaining = wanted.size;
  for (const kind of PERSONAL_DATA_KINDS) {
    // Kinds after the last wanted one cannot take text away from it: skip them.
    if (remaining === 0) break;
    const isWanted = wanted.has(kind);
    if (isWanted) remaining -= 1;
    const spans = claimFree(detectors[kind](view), claimed);
    for (const span of spans) {
      if (isWanted) matches.push({ kind, ...span, value: text.slice(span.start, span.end) });
    }
    if (spans.length > 0) view = masked(view, spans);
  }
  return matches.sort((a, b) => a.start - b.start);
}

/**
 * `view` with the characters of `spans` (sorted, disjoint) replaced by NUL, which no
 * detector reads as part of anything: like the brackets of a redaction token.
 */
function masked(view: string, spans: DetectedSpan[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const span of spans) {
    parts.push(view.slice(from, span.start), '\0'.repeat(span.end - span.start));
    from = span.end;
  }
  parts.push(view.slice(from));
  return parts.join('');
}

/** The spans (taken leftmost first) that overlap no span claimed so far; marks them claimed. */
function claimFree(spans: DetectedSpan[], claimed: Uint8Array): DetectedSpan[] {
  const free: DetectedSpan[] = [];
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of spans) {
    if (isClaimed(claimed, span)) continue;
    claimed.fill(1, span.start, span.end);
    free.push({ start: span.start, end: span.end });
  }
  return free;
}

function isClaimed(claimed: Uint8Array, span: DetectedSpan): boolean {
  for (let i = span.start; i < span.end; i += 1) if (claimed[i] === 1) return true;
  return false;
}
