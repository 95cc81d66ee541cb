import { randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from 'node:crypto';

// N=2^15 (32 MiB, ~0.1 s a hash here): twice Node's default; OWASP's 2^17 took 0.5 s on
// this 2-core box, too slow for a log-in. The scheme prefix leaves room to raise it later.
const params = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } satisfies ScryptOptions;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, params, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** A salted scrypt hash of `password`, as `scrypt$<salt>$<hash>` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt);
  return `scrypt$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/**
 * Whether `password` matches `stored`, compared in constant time. With no stored
 * hash (unknown user) a hash is still computed, so the answer takes as long.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const [scheme, salt, hash] = (stored ?? '').split('$');
  if (scheme !== 'scrypt' || !salt || !hash) {
    await derive(password, randomBytes(SALT_BYTES));
    return false;
  }
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
