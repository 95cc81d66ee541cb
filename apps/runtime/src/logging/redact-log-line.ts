import { redactText, redactValue } from '@parley/privacy';

/** Fields pino writes itself: numbers that must stay numbers (an epoch-ms time reads like a phone). */
const pinoFields = new Set(['level', 'time', 'pid']);

/**
 * One serialized log line with personal data redacted in every field (messages,
 * URLs, error texts, anything a caller logs) by `@parley/privacy`. Works on the
 * finished JSON so that nothing a serializer or child logger adds escapes it; a
 * line that is not a JSON object is redacted as plain text.
 */
export function redactLogLine(line: string): string {
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch {
    return redactText(line);
  }
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return redactText(line);
  const redacted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    redacted[key] = pinoFields.has(key) ? value : redactValue(mapStrings(value, redactEncoded));
  }
  return `${JSON.stringify(redacted)}\n`;
}

/**
 * Personal data hidden by URL encoding (`4111%201111…`, `a%40b.com`, `+` for
 * spaces in a query) is found in the decoded text; the string is then logged
 * decoded and redacted. Strings with nothing to find stay exactly as they were.
 */
function redactEncoded(text: string): string {
  if (!/%[0-9a-f]{2}|\+/i.test(text)) return text;
  let decoded: string;
  try {
    decoded = decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
  const redacted = redactText(decoded);
  return redacted === decoded ? text : redacted;
}

/** `value` (parsed JSON) with `map` applied to every string in it. */
function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]),
  );
}
