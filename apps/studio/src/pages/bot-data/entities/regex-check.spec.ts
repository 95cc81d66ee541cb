import { describe, expect, it } from 'vitest';
import { patternError, testPattern } from './regex-check';

describe('pattern check', () => {
  it('lists every match in a sample message', () => {
    expect(testPattern('[A-Z]{2}\\d{6}', '订单 AB123456 和 CD654321')).toEqual({
      ok: true,
      matches: [
        { text: 'AB123456', index: 3 },
        { text: 'CD654321', index: 14 },
      ],
    });
  });

  it('ignores empty matches and reports a pattern that does not compile', () => {
    expect(testPattern('x*', 'abc')).toEqual({ ok: true, matches: [] });
    expect(patternError('[A-Z')).toMatch(/Invalid regular expression/);
    expect(patternError('\\d+')).toBeNull();
  });
});
