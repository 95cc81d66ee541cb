import { describe, expect, it } from 'vitest';
import { formatDefault, parseDefault } from './variable-default';

describe('variable defaults', () => {
  it('reads each type from its input and leaves blank as no default', () => {
    expect(parseDefault('number', ' 2.5 ')).toEqual({ ok: true, value: 2.5 });
    expect(parseDefault('boolean', 'false')).toEqual({ ok: true, value: false });
    expect(parseDefault('date', '2026-05-01')).toEqual({ ok: true, value: '2026-05-01' });
    expect(parseDefault('list', '["a", 1]')).toEqual({ ok: true, value: ['a', 1] });
    expect(parseDefault('object', '{"tier":"gold"}')).toEqual({
      ok: true,
      value: { tier: 'gold' },
    });
    expect(parseDefault('string', '  ')).toEqual({ ok: true, value: undefined });
  });

  it('says what is wrong with a default that does not match the type', () => {
    expect(parseDefault('number', 'three')).toEqual({ ok: false, problem: 'number' });
    expect(parseDefault('date', '2026-02-30')).toEqual({ ok: false, problem: 'date' });
    expect(parseDefault('list', '{"a":1}')).toEqual({ ok: false, problem: 'list' });
    expect(parseDefault('object', '[1]')).toEqual({ ok: false, problem: 'object' });
    expect(parseDefault('object', '{oops')).toEqual({ ok: false, problem: 'json' });
  });

  it('formats a stored default back into its input', () => {
    expect(formatDefault('number', 3)).toBe('3');
    expect(formatDefault('list', ['a'])).toBe('[\n  "a"\n]');
    expect(formatDefault('string', undefined)).toBe('');
  });
});
