import { isValidCnResidentId } from '../checksums/cn-resident-id.checksum';
import type { DetectedSpan } from '../personal-data.types';

/** 17 digits and a digit or X, alone: not part of a longer run of letters or digits. */
const CANDIDATE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;

/**
 * 18-character Chinese resident IDs (`11010519491231002X`): region prefix in use,
 * a birth date that exists and is not in the future, and the ISO 7064 MOD 11-2
 * check character. The 15-digit IDs issued before 1999 carry no checksum and are
 * not recognised.
 */
export function detectCnResidentIds(text: string): DetectedSpan[] {
  const spans: DetectedSpan[] = [];
  const today = new Date();
  for (const match of text.matchAll(CANDIDATE)) {
    if (isValidCnResidentId(match[0], today)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}
