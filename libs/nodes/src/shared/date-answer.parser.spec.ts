import fc from 'fast-check';
import { parseDateAnswer } from './date-answer.parser';

describe('parseDateAnswer', () => {
  it.each([
    ['2026-11-24', 'en', '2026-11-24'],
    ['2026/1/5', 'en', '2026-01-05'],
    ['2026.11.24', 'zh-CN', '2026-11-24'],
    ['2026年11月24日', 'zh-CN', '2026-11-24'],
    ['2026 年 1 月 5 号', 'zh-CN', '2026-01-05'],
    ['２０２６年１１月２４日', 'zh-CN', '2026-11-24'],
    ['24/11/2026', 'en-GB', '2026-11-24'],
    ['24/11/2026', 'en-US', '2026-11-24'],
    ['11/24/2026', 'en-US', '2026-11-24'],
    ['11/24/2026', 'en-GB', '2026-11-24'],
    ['24.11.2026', 'de', '2026-11-24'],
    ['2024-02-29', 'en', '2024-02-29'],
  ])('reads %j in %s as %j', (text, locale, expected) => {
    expect(parseDateAnswer(text, locale)).toBe(expected);
  });

  it('resolves day/month ambiguity by locale: month first only in en-US', () => {
    expect(parseDateAnswer('03/04/2026', 'en-US')).toBe('2026-03-04');
    expect(parseDateAnswer('03/04/2026', 'en-GB')).toBe('2026-04-03');
    expect(parseDateAnswer('03/04/2026', 'zh-CN')).toBe('2026-04-03');
    expect(parseDateAnswer('03/04/2026', 'en')).toBe('2026-04-03');
  });

  it.each([
    '',
    'tomorrow',
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '31/31/2026',
    '2026-11',
    '11/24/26',
  ])('refuses %j', (text) => {
    expect(parseDateAnswer(text, 'en-US')).toBeUndefined();
  });

  it('reads back every real date written in ISO and Chinese forms', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1900, 0, 1)),
          max: new Date(Date.UTC(2199, 11, 31)),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-').map(Number);
          expect(parseDateAnswer(iso, 'en')).toBe(iso);
          expect(parseDateAnswer(`${y}年${m}月${d}日`, 'zh-CN')).toBe(iso);
        },
      ),
      { numRuns: 200 },
    );
  });
});
