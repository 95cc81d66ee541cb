import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** GCM's recommended nonce length: 96 bits, random per value. */
const IV_BYTES = 12;

/** One encrypted value, as stored in a `secrets` row. */
export interface SealedSecret {
  ciphertext: Buffer;
  iv: Buffer;
  tag: Buffer;
  /** {@link masterKeyId} of the key that sealed it. */
  keyId: string;
}

/**
 * A short, stable, non-reversible name of a master key (the first 16 hex digits
 * of its SHA-256). Stored with every row, so that after a rotation each row says
 * which key it needs, and a wrong key is reported as such rather than as tampering.
 */
export function masterKeyId(key: Buffer): string {
  return createHash('sha256').update('parley-master-key-id').update(key).digest('hex').slice(0, 16);
}

/**
 * Binds a value to where it is stored: a ciphertext copied to another workspace
 * or renamed does not decrypt. A NUL separates the parts (neither may contain one).
 */
function additionalData(workspaceId: string, name: string): Buffer {
  return Buffer.from(`parley-secret\0${workspaceId}\0${name}`, 'utf8');
}

/** Encrypts `value` with AES-256-GCM under `key`, a fresh random IV each time. */
export function sealSecret(
  key: Buffer,
  workspaceId: string,
  name: string,
  value: string,
): SealedSecret {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additionalData(workspaceId, name));
  const ciphertext = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return { ciphertext, iv, tag: cipher.getAuthTag(), keyId: masterKeyId(key) };
}

/**
 * Decrypts a value sealed by {@link sealSecret}. Throws a message-only error
 * (never the value) when the key is not the one that sealed it or the row was
 * changed, moved or renamed.
 */
export function openSecret(
  key: Buffer,
  workspaceId: string,
  name: string,
  sealed: SealedSecret,
): string {
  if (sealed.keyId !== masterKeyId(key)) {
    throw new Error(`secret "${name}" was sealed with master key ${sealed.keyId}, not this one`);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
    decipher.setAAD(additionalData(workspaceId, name));
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new Error(`secret "${name}" cannot be decrypted: it was changed or moved`);
  }
}
