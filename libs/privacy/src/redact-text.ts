import { findPersonalData } from './find-personal-data';
import type { PersonalDataKind, PersonalDataMatch } from './personal-data.types';

/** Options of {@link redactText}. */
export interface RedactTextOptions {
  /** Kinds to redact; all of them when absent. */
  kinds?: readonly PersonalDataKind[];
  /** Replacement for one match; {@link redactionToken} of its kind when absent. */
  mask?: (match: PersonalDataMatch) => string;
}

/**
 * The replacement {@link redactText} uses by default: `[REDACTED:email]`,
 * `[REDACTED:phone]`, `[REDACTED:card]`, `[REDACTED:iban]`,
 * `[REDACTED:cn-resident-id]`. Nothing of the value is kept, not even the last
 * digits of a card: logs must not hold any part of it. The token holds no digit,
 * `@` or `+`, so redacting again changes nothing.
 */
export function redactionToken(kind: PersonalDataKind): string {
  return `[REDACTED:${kind}]`;
}

/**
 * `text` with every piece of personal data (see {@link findPersonalData}) replaced.
 *
 * @example
 * redactText('卡号 4111 1111 1111 1111，邮箱 li.lei@example.cn');
 * // '卡号 [REDACTED:card]，邮箱 [REDACTED:email]'
 * redactText('call +44 20 7946 0958', { mask: (m) => `<${m.kind}>` });
 * // 'call <phone>'
 */
export function redactText(text: string, options: RedactTextOptions = {}): string {
  const matches = findPersonalData(text, options.kinds ? { kinds: options.kinds } : {});
  if (matches.length === 0) return text;
  const mask = options.mask ?? ((match: PersonalDataMatch) => redactionToken(match.kind));
  const parts: string[] = [];
  let from = 0;
  for (const match of matches) {
    parts.push(text.slice(from, match.start), mask(match));
    from = match.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
