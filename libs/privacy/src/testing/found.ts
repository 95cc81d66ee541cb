import { findPersonalData } from '../find-personal-data';
import type { PersonalDataKind } from '../personal-data.types';

/** `[kind, value]` of each match in `text`: the shape unit tests compare against. */
export function found(text: string): [PersonalDataKind, string][] {
  return findPersonalData(text).map((match) => [match.kind, match.value]);
}
