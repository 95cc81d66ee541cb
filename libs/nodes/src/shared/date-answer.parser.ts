import { normalizeAnswerText } from './answer-text';

const yearFirst = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;
const chineseDate = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const yearLast = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/;

/** Locales that write the month before the day (`11/24/2026`). */
const monthFirstLocales = new Set(['en-us']);

/**
 * Reads a calendar date and returns it as ISO `YYYY-MM-DD`: `2026-11-24`,
 * `2026/11/24`, `2026年11月24日`, and `24/11/2026` or `11/24/2026`. When both of the
 * first two numbers could be the month, the locale decides: month first for en-US,
 * day first elsewhere. Impossible dates (`2026-02-30`) give `undefined`.
 *
 * @example parseDateAnswer('11/24/2026', 'en-US') // '2026-11-24'
 */
export function parseDateAnswer(text: string, locale: string): string | undefined {
  const value = normalizeAnswerText(text);
  const ymd = yearFirst.exec(value) ?? chineseDate.exec(value);
  if (ymd !== null) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const parts = yearLast.exec(value);
  if (parts === null) return undefined;
  const [first, second, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const monthFirst = first <= 12 && (second > 12 || monthFirstLocales.has(locale.toLowerCase()));
  return monthFirst ? isoDate(year, first, second) : isoDate(year, second, first);
}

/** `YYYY-MM-DD` when the date exists in the calendar (leap years included). */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
