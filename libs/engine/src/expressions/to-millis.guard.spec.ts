import fc from 'fast-check';
import jsonata from 'jsonata';
import { toMillisRefusal } from './to-millis.guard';

const builtin = jsonata('$toMillis($t, $p)');

describe('toMillisRefusal', () => {
  it.each([
    ['2025-02-01', '[Y0001]-[M01]-[D01]'],
    ['2025-02-01T10:30:00', '[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01]'],
    ['01/02/2025 10:30 pm', '[D01]/[M01]/[Y0001] [h]:[m01] [P]'],
    ['20250201', '[Y0001][M01][D01]'],
    ['1 February 2025', '[D1] [MNn] [Y0001]'],
    ['2025-02-01T10:30:00+01:00', '[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01][Z01:01]'],
  ])('accepts the everyday picture %s / %s and jsonata parses it', async (timestamp, picture) => {
    expect(toMillisRefusal(timestamp, picture)).toBeUndefined();
    expect(typeof (await builtin.evaluate({}, { t: timestamp, p: picture }))).toBe('number');
  });

  it.each([
    ['digits as separators', '1'.repeat(63) + 'x', '[Y]1[M]1[D]1[H]1[m]1[s]1[f]1[Y]1[M]1[D]'],
    ['letters as separators', 'a'.repeat(63) + '1', '[MNn]a[MNn]a[MNn]a[MNn]'],
    ['adjacent names', 'a'.repeat(63) + '1', '[MNn][MNn][MNn]'],
    ['spaces between word numbers', 'one '.repeat(15) + 'x', '[Yw] [Mw] [Dw]'],
    ['too many markers', '1', '[Y]-[M]-[D]-[H]-[m]-[s]-[f]-[Y]-[M]-[D]-[H]'],
    ['long timestamp', '1'.repeat(65), '[Y]'],
  ])('refuses %s', (_name, timestamp, picture) => {
    expect(toMillisRefusal(timestamp, picture)).toEqual(expect.any(String));
  });

  it('lets only pictures through that parse hostile timestamps quickly', async () => {
    const marker = fc.constantFrom(
      '[Y]',
      '[M]',
      '[D]',
      '[H]',
      '[m]',
      '[s]',
      '[f]',
      '[MNn]',
      '[Dw]',
      '[Z]',
      '[Y0001]',
      '[D1o]',
      '[FNn]',
    );
    const literal = fc.stringMatching(/^[1a :\-/T,]{0,3}$/);
    const picture = fc
      .array(fc.tuple(marker, literal), { minLength: 1, maxLength: 10 })
      .map((parts) => parts.map(([m, l]) => m + l).join(''));
    const timestamp = fc.stringMatching(/^[1a :\-/T,]{0,63}$/).map((text) => `${text}x`);
    await fc.assert(
      fc.asyncProperty(picture, timestamp, async (p, t) => {
        fc.pre(toMillisRefusal(t, p) === undefined);
        const started = performance.now();
        await builtin.evaluate({}, { t, p }).catch(() => undefined);
        expect(performance.now() - started).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });
});
