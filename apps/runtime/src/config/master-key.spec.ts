import fc from 'fast-check';
import { parseMasterKey } from './master-key';

describe('parseMasterKey', () => {
  it('reads 32 bytes written as hex, base64 or base64url', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const key = Buffer.from(bytes);
        for (const encoding of ['hex', 'base64', 'base64url'] as const) {
          const parsed = parseMasterKey(key.toString(encoding));
          expect(parsed).toEqual({ ok: true, key });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('rejects any other length, saying how long it is', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 80 }), (bytes) => {
        fc.pre(bytes.length !== 32 && bytes.length * 2 !== 64);
        const parsed = parseMasterKey(Buffer.from(bytes).toString('base64'));
        expect(parsed).toEqual({
          ok: false,
          problem: expect.stringContaining(`decodes to ${bytes.length} bytes`),
        });
      }),
      { numRuns: 100 },
    );
  });

  it('rejects text that is neither hex nor base64', () => {
    expect(parseMasterKey('not a key!')).toEqual({
      ok: false,
      problem: 'must be 32 bytes, written as 64 hex digits or in base64 (it is neither)',
    });
  });

  it('ignores surrounding whitespace (a trailing newline from a secret file)', () => {
    const key = Buffer.alloc(32, 1);
    expect(parseMasterKey(`${key.toString('base64')}\n`)).toEqual({ ok: true, key });
  });
});
