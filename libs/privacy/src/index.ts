/**
 * `@parley/privacy`: finds and redacts personal data (e-mail addresses, phone
 * numbers, payment cards, IBANs, Chinese resident IDs) in text and in JSON-like
 * values. Used by the runtime's logger on every line, and before text goes to an
 * LLM when a bot's settings ask for it (ARCHITECTURE §8). Depends on nothing else
 * of Parley's and on no npm package.
 */
export {
  PERSONAL_DATA_KINDS,
  type PersonalDataKind,
  type PersonalDataMatch,
} from './personal-data.types';
export { findPersonalData, type FindPersonalDataOptions } from './find-personal-data';
export { redactText, redactionToken, type RedactTextOptions } from './redact-text';
export {
  redactValue,
  MAX_REDACT_DEPTH,
  CIRCULAR_PLACEHOLDER,
  TRUNCATED_PLACEHOLDER,
} from './redact-value';
export { isLuhnValid, luhnCheckDigit } from './checksums/luhn';
export { isIbanChecksumValid, ibanCheckDigits } from './checksums/iban-mod97';
export { isValidCnResidentId, cnResidentIdCheckChar } from './checksums/cn-resident-id.checksum';
export { IBAN_LENGTHS } from './detectors/iban-countries';
