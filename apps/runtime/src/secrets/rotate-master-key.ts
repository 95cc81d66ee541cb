import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { masterKeyId, openSecret, sealSecret } from './secret.cipher';

const rowSchema = z.object({
  id: z.string(),
  workspace_id: z.string(),
  name: z.string(),
  ciphertext: z.instanceof(Buffer),
  iv: z.instanceof(Buffer),
  tag: z.instanceof(Buffer),
  key_id: z.string(),
});

/** What a rotation did. */
export interface RotationResult {
  /** Rows re-encrypted under the new key now. */
  reencrypted: number;
  /** Rows already under the new key (a rotation that stopped after its commit, run again). */
  alreadyNew: number;
}

/**
 * Re-encrypts every secret of every workspace from `oldKey` to `newKey` in one
 * transaction, with the rows locked: either all move to the new key or none do.
 * Rows already sealed with `newKey` are left as they are, so running it again is
 * safe. A row sealed with a third key aborts the whole rotation (nothing changes).
 * Uses plain SQL, so it runs without the Nest application (the CLI calls it).
 */
export async function rotateMasterKey(
  dataSource: DataSource,
  oldKey: Buffer,
  newKey: Buffer,
): Promise<RotationResult> {
  const oldId = masterKeyId(oldKey);
  const newId = masterKeyId(newKey);
  return dataSource.transaction(async (manager) => {
    const raw: unknown = await manager.query(
      'SELECT id, workspace_id, name, ciphertext, iv, tag, key_id FROM secrets ORDER BY id FOR UPDATE',
    );
    const rows = z.array(rowSchema).parse(raw);
    const result: RotationResult = { reencrypted: 0, alreadyNew: 0 };
    for (const row of rows) {
      if (row.key_id === newId) {
        result.alreadyNew += 1;
        continue;
      }
      if (row.key_id !== oldId) {
        throw new Error(
          `secret "${row.name}" is sealed with master key ${row.key_id}, which is neither the old key (${oldId}) nor the new one (${newId}); nothing was changed`,
        );
      }
      const value = openSecret(oldKey, row.workspace_id, row.name, { ...row, keyId: row.key_id });
      const sealed = sealSecret(newKey, row.workspace_id, row.name, value);
      await manager.query(
        'UPDATE secrets SET ciphertext = $1, iv = $2, tag = $3, key_id = $4, updated_at = now() WHERE id = $5',
        [sealed.ciphertext, sealed.iv, sealed.tag, sealed.keyId, row.id],
      );
      result.reencrypted += 1;
    }
    return result;
  });
}
