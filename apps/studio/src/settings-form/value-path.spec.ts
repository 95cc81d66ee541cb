import { describe, expect, it } from 'vitest';
import { getIn, setIn } from './value-path';

describe('setIn / getIn', () => {
  it('copies along the path and leaves the original alone', () => {
    const before = { branches: [{ id: 'a', when: 'true' }], other: { x: 1 } };
    const after = setIn(before, ['branches', 0, 'when'], 'false');
    expect(after).toEqual({ branches: [{ id: 'a', when: 'false' }], other: { x: 1 } });
    expect(before.branches[0]?.when).toBe('true');
    expect(getIn(after, ['branches', 0, 'id'])).toBe('a');
  });

  it('removes a key set to undefined instead of storing undefined', () => {
    const after = setIn({ a: 1, b: 2 }, ['b'], undefined);
    expect(after).toEqual({ a: 1 });
    expect(Object.keys(after as object)).toEqual(['a']);
  });

  it('creates missing objects and lists on the way', () => {
    expect(setIn(undefined, ['http', 'url'], 'x')).toEqual({ http: { url: 'x' } });
    expect(setIn({}, ['list', 1], 'b')).toEqual({ list: [undefined, 'b'] });
  });
});
