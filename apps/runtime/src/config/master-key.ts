/** AES-256 needs exactly this many bytes of key. */
export const MASTER_KEY_BYTES = 32;

/** The decoded key, or why the text is not one. */
export type MasterKeyResult = { ok: true; key: Buffer } | { ok: false; problem: string };

const hexPattern = /^[0-9a-f]+$/i;
const base64Pattern = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Decodes `PARLEY_MASTER_KEY`: 32 bytes written as 64 hex digits or as base64
 * (standard or URL-safe alphabet). The problem never repeats the text, which is a
 * secret even when malformed.
 *
 * @example
 * parseMasterKey(randomBytes(32).toString('base64')); // { ok: true, key: <Buffer …> }
 * parseMasterKey('abc'); // { ok: false, problem: 'must be 32 bytes, …' }
 */
export function parseMasterKey(text: string): MasterKeyResult {
  const trimmed = text.trim();
  const expected = `must be ${MASTER_KEY_BYTES} bytes, written as 64 hex digits or in base64`;
  // 64 hex digits are also valid base64 (of 48 bytes), so hex is tried first.
  if (trimmed.length === MASTER_KEY_BYTES * 2 && hexPattern.test(trimmed)) {
    return { ok: true, key: Buffer.from(trimmed, 'hex') };
  }
  if (!base64Pattern.test(trimmed) || trimmed.replace(/=+$/, '').length % 4 === 1) {
    return { ok: false, problem: `${expected} (it is neither)` };
  }
  const key = Buffer.from(
    trimmed,
    trimmed.includes('-') || trimmed.includes('_') ? 'base64url' : 'base64',
  );
  if (key.length !== MASTER_KEY_BYTES) {
    return { ok: false, problem: `${expected} (it decodes to ${key.length} bytes)` };
  }
  return { ok: true, key };
}
