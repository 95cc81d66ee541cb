import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { masterKeyId, openSecret, sealSecret } from './secret.cipher';
import { maskSecret } from './secret.mask';

const key = randomBytes(32);

describe('sealSecret / openSecret', () => {
  it('round-trips any text, with a fresh 12-byte IV each time', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (value) => {
        const a = sealSecret(key, 'ws', 'TOKEN', value);
        const b = sealSecret(key, 'ws', 'TOKEN', value);
        expect(a.iv).toHaveLength(12);
        expect(a.iv.equals(b.iv)).toBe(false);
        expect(openSecret(key, 'ws', 'TOKEN', a)).toBe(value);
      }),
      { numRuns: 100 },
    );
  });

  it('does not contain the plaintext and records which key sealed it', () => {
    const sealed = sealSecret(key, 'ws', 'TOKEN', 'plain-text-value');
    expect(sealed.ciphertext.toString('utf8')).not.toContain('plain');
    expect(sealed.keyId).toBe(masterKeyId(key));
    expect(masterKeyId(randomBytes(32))).not.toBe(sealed.keyId);
  });

  it('refuses a row moved to another workspace or name (additional data)', () => {
    const sealed = sealSecret(key, 'ws', 'TOKEN', 'value');
    expect(() => openSecret(key, 'other', 'TOKEN', sealed)).toThrow(/changed or moved/);
    expect(() => openSecret(key, 'ws', 'OTHER', sealed)).toThrow(/changed or moved/);
  });

  it('refuses a changed ciphertext or tag, and another key, without showing the value', () => {
    const sealed = sealSecret(key, 'ws', 'TOKEN', 'canary-value');
    const flipped = Buffer.from(sealed.ciphertext);
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => openSecret(key, 'ws', 'TOKEN', { ...sealed, ciphertext: flipped })).toThrow(
      /changed or moved/,
    );
    expect(() => openSecret(key, 'ws', 'TOKEN', { ...sealed, tag: randomBytes(16) })).toThrow();
    const other = randomBytes(32);
    expect(() => openSecret(other, 'ws', 'TOKEN', sealed)).toThrow(/sealed with master key/);
    try {
      openSecret(other, 'ws', 'TOKEN', { ...sealed, keyId: masterKeyId(other) });
    } catch (error) {
      expect(String(error)).not.toContain('canary');
    }
  });
});

describe('maskSecret', () => {
  it('shows the last four characters of long values only', () => {
    expect(maskSecret('sk-live-abcdef1234')).toBe('••••1234');
    expect(maskSecret('short-value')).toBe('••••');
    expect(maskSecret('')).toBe('••••');
  });
});
